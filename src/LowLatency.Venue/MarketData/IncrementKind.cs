namespace LowLatency.Venue.MarketData;

/// <summary>What an incremental entry describes: a price level (MDEntryType 0/1 by side) or a trade (MDEntryType 2).</summary>
public enum IncrementKind : byte
{
    Level = 0,
    Trade = 1,
}
