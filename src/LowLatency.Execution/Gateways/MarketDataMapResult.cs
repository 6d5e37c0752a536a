namespace LowLatency.Execution.Gateways;

/// <summary>Outcome of mapping a market-data message into a ring slot; failures leave the book untouched and are counted.</summary>
public enum MarketDataMapResult : byte
{
    /// <summary>The slot holds the new top of book.</summary>
    Mapped = 0,

    /// <summary>Not 35=W, 35=X or 35=Y.</summary>
    NotMarketData = 1,

    /// <summary>Missing group, malformed entry, or more entries than the mapper's scratch holds.</summary>
    Malformed = 2,

    /// <summary>Symbol not configured.</summary>
    UnknownSymbol = 3,

    /// <summary>A price or size with more decimals than the instrument's scale.</summary>
    OffScale = 4,

    /// <summary>An incremental naming two instruments (the venues publish one per message).</summary>
    MixedInstruments = 5,

    /// <summary>An incremental before the first snapshot of the instrument: dropped.</summary>
    AwaitingSnapshot = 6,

    /// <summary>Only entry types the router ignores (e.g. volume, open interest): nothing changed.</summary>
    NothingToApply = 7,
}
