namespace LowLatency.Rebalancing.Config;

/// <summary>When the weight policy checks its bands.</summary>
public enum RebalanceSchedule : byte
{
    /// <summary>On every tick of the underlying: trade as soon as a band is breached.</summary>
    Threshold = 0,

    /// <summary>At each calendar boundary: trade every weight back to its target, band or not.</summary>
    Calendar = 1,

    /// <summary>At each calendar boundary, trade only the weights outside their band (calendar check, threshold trigger).</summary>
    Hybrid = 2,
}
