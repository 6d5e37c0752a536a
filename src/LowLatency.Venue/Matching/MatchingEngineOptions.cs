namespace LowLatency.Venue.Matching;

/// <summary>Sizing of a matching engine's preallocated storage (per instrument).</summary>
public sealed record MatchingEngineOptions
{
    /// <summary>Resting orders one book can hold; orders beyond it are rejected (no allocation on the order path).</summary>
    public int MaxOpenOrdersPerInstrument { get; init; } = 65_536;

    /// <summary>Initial price levels per side; deeper books grow once (doubling), then never allocate again.</summary>
    public int InitialLevelsPerSide { get; init; } = 256;
}
