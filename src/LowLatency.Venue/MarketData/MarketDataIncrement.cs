using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.MarketData;

/// <summary>
/// One entry of an incremental refresh (35=X): a level change or a trade, with the per-instrument
/// sequence (RptSeq(83)) that lets a subscriber detect gaps. A flat value so batches are plain arrays.
/// </summary>
/// <param name="Instrument">Book it belongs to.</param>
/// <param name="Sequence">Per-instrument sequence, +1 per entry.</param>
/// <param name="Kind">Level or trade.</param>
/// <param name="Action">MDUpdateAction(279) for levels; <see cref="BookUpdateAction.New"/> for trades.</param>
/// <param name="Side">Level side, or the aggressor side of a trade.</param>
/// <param name="Price">Level or trade price.</param>
/// <param name="Size">Level size after the change (0 on delete), or traded quantity.</param>
/// <param name="OrderCount">Orders at the level after the change; 0 for trades.</param>
/// <param name="TradeId">Trade id for trades; 0 for levels.</param>
public readonly record struct MarketDataIncrement(
    InstrumentId Instrument,
    long Sequence,
    IncrementKind Kind,
    BookUpdateAction Action,
    Side Side,
    Price Price,
    Quantity Size,
    int OrderCount,
    long TradeId)
{
    public static MarketDataIncrement FromLevel(in BookLevelUpdate update) =>
        new(update.Instrument, update.Sequence, IncrementKind.Level, update.Action, update.Side, update.Price, update.Size, update.OrderCount, 0);

    public static MarketDataIncrement FromTrade(in TradeReport trade) =>
        new(trade.Instrument, trade.Sequence, IncrementKind.Trade, BookUpdateAction.New, trade.AggressorSide, trade.Price, trade.Quantity, 0, trade.TradeId);
}
