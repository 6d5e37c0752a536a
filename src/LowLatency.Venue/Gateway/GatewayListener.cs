using LowLatency.Core.Ids;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Gateway;

/// <summary>
/// The matching engine's listener in the FIX venue: order events to the order-entry publisher (35=8/9), book
/// changes and trades to the market-data publisher (35=X). A struct over two sealed classes, so the engine's
/// calls are specialised and the publishers' methods called directly (STYLE.md #1).
/// </summary>
internal readonly struct GatewayListener : IMatchingListener
{
    private readonly OrderEntryPublisher _orders;
    private readonly MarketDataPublisher _marketData;

    public GatewayListener(OrderEntryPublisher orders, MarketDataPublisher marketData)
    {
        _orders = orders;
        _marketData = marketData;
    }

    public void OnExecution(in ExecutionReport report) => _orders.OnExecution(in report);

    public void OnCancelReject(in CancelReject reject) => _orders.OnCancelReject(in reject);

    public void OnBookLevel(in BookLevelUpdate update) => _marketData.OnBookLevel(in update);

    public void OnTrade(in TradeReport trade) => _marketData.OnTrade(in trade);

    public void OnBatchEnd(InstrumentId instrument, long sequence) => _marketData.OnBatchEnd(instrument);
}
