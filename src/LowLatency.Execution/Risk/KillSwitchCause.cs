namespace LowLatency.Execution.Risk;

/// <summary>Why the kill switch (global or for one venue) is on.</summary>
public enum KillSwitchCause : byte
{
    None = 0,

    /// <summary>An operator pulled it.</summary>
    Manual = 1,

    /// <summary>Too many venue rejects within the window.</summary>
    RejectStorm = 2,

    /// <summary>The caller flagged a breach (risk book, margin, reconciliation).</summary>
    Breach = 3,

    /// <summary>A venue session dropped: everything on it is cancelled and it is blocked until reset.</summary>
    VenueDisconnect = 4,

    /// <summary>A venue filled more than an order's quantity.</summary>
    Overfill = 5,
}
