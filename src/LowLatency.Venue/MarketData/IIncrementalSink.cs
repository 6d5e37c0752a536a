using LowLatency.Core.Ids;

namespace LowLatency.Venue.MarketData;

/// <summary>
/// Receives the market-data changes of one matching command as one batch: the FIX publisher encodes it
/// as one MarketDataIncrementalRefresh (35=X) per subscribed session. Implemented by a struct.
/// </summary>
public interface IIncrementalSink
{
    /// <summary>The entries are valid only during the call; copy or encode them before returning.</summary>
    void OnIncrementalBatch(InstrumentId instrument, ReadOnlySpan<MarketDataIncrement> entries);
}
