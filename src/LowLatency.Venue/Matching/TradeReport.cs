using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Orders;

namespace LowLatency.Venue.Matching;

/// <summary>A public trade (a MarketDataIncrementalRefresh trade entry, MDEntryType(269)=2).</summary>
/// <param name="Instrument">Book where it traded.</param>
/// <param name="Sequence">Per-instrument market-data sequence (RptSeq(83)), shared with level updates.</param>
/// <param name="TradeId">Same id as on both sides' execution reports.</param>
/// <param name="Price">Trade price (the resting order's price).</param>
/// <param name="Quantity">Traded quantity.</param>
/// <param name="AggressorSide">Side of the incoming order (AggressorSide(2446)).</param>
public readonly record struct TradeReport(
    InstrumentId Instrument,
    long Sequence,
    long TradeId,
    Price Price,
    Quantity Quantity,
    Side AggressorSide);
