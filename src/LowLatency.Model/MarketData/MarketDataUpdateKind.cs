namespace LowLatency.Model.MarketData;

/// <summary>What produced a <see cref="MarketDataEvent"/>: consumers treat a snapshot and an incremental alike
/// (both carry the resulting top of book) but count them apart and drop books marked <see cref="BookCleared"/>.</summary>
public enum MarketDataUpdateKind : byte
{
    /// <summary>Slot never written.</summary>
    None = 0,

    /// <summary>Top of book after a full refresh (35=W).</summary>
    Snapshot = 1,

    /// <summary>Top of book after level changes and/or trades (35=X).</summary>
    Incremental = 2,

    /// <summary>The venue's book for the instrument is no longer known (unsubscribe, reject, disconnect): do not route on it.</summary>
    BookCleared = 3,
}
