namespace LowLatency.Execution.Config;

/// <summary>Bounds the configuration validator enforces: beyond them a value is surely a unit mistake.</summary>
internal static class InstrumentLimitsConstants
{
    /// <summary>Instrument ids index a dense array; a larger id would waste memory for nothing.</summary>
    public const int MaxInstrumentId = 1 << 20;

    /// <summary>Venue ids index a dense array too.</summary>
    public const int MaxVenueId = 1 << 16;

    /// <summary>Venues per engine: the router keeps per-venue state in small fixed arrays.</summary>
    public const int MaxVenues = 16;

    /// <summary>A collar wider than 50% protects nothing.</summary>
    public const double MaxCollarBps = 5_000;

    /// <summary>Fees beyond ±10% are a unit mistake (bps entered as percent …).</summary>
    public const double MaxFeeBps = 1_000;
}
