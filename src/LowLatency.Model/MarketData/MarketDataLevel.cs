namespace LowLatency.Model.MarketData;

/// <summary>
/// One price level of a <see cref="MarketDataEvent"/>: raw mantissas at the event's price and quantity scales,
/// 16 bytes, so a ring slot carries several levels per side in a few cache lines.
/// </summary>
public struct MarketDataLevel
{
    /// <summary>Level price mantissa at <see cref="MarketDataEvent.PriceScale"/>.</summary>
    public long Price;

    /// <summary>Total displayed size mantissa at <see cref="MarketDataEvent.QuantityScale"/>.</summary>
    public long Size;

    public MarketDataLevel(long price, long size)
    {
        Price = price;
        Size = size;
    }
}
