namespace LowLatency.Venue.Matching;

/// <summary>
/// Everything the matching core reports, implemented by a struct so the engine's calls are
/// devirtualised and inlined (STYLE.md #1). Called synchronously on the matching thread; a listener copies
/// what it needs and must not call back into the engine from a callback.
/// </summary>
/// <remarks>
/// Order of events for one command: the order's own report (New, Rejected, Replaced), then per match the
/// maker's Trade report, the taker's Trade report and the public trade; a level update once per level
/// touched; unsolicited cancels where they happen; finally <see cref="OnBatchEnd"/> if the book changed.
/// </remarks>
public interface IMatchingListener
{
    /// <summary>An order event: what becomes an ExecutionReport (35=8) to the owner.</summary>
    void OnExecution(in ExecutionReport report);

    /// <summary>A refused cancel/replace: what becomes an OrderCancelReject (35=9).</summary>
    void OnCancelReject(in CancelReject reject);

    /// <summary>A price level changed: one entry of a MarketDataIncrementalRefresh (35=X).</summary>
    void OnBookLevel(in BookLevelUpdate update);

    /// <summary>A trade printed: one trade entry of a MarketDataIncrementalRefresh (35=X).</summary>
    void OnTrade(in TradeReport trade);

    /// <summary>The command's market-data changes are complete; <paramref name="sequence"/> is the book's last sequence. Flush one 35=X here.</summary>
    void OnBatchEnd(Core.Ids.InstrumentId instrument, long sequence);
}
