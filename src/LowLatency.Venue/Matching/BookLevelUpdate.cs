using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Orders;

namespace LowLatency.Venue.Matching;

/// <summary>
/// One price level after a change, with absolute size and count (one MarketDataIncrementalRefresh entry):
/// absolute values make the stream idempotent per level and let a subscriber check itself.
/// </summary>
/// <param name="Instrument">Book that changed.</param>
/// <param name="Sequence">Per-instrument market-data sequence (RptSeq(83)), +1 per level update or trade.</param>
/// <param name="Action">New level, changed level, or level removed.</param>
/// <param name="Side">Bid (buy) or offer (sell) side.</param>
/// <param name="Price">Level price.</param>
/// <param name="Size">Total leaves quantity at the level after the change (zero on delete).</param>
/// <param name="OrderCount">Orders at the level after the change (NumberOfOrders(346); zero on delete).</param>
public readonly record struct BookLevelUpdate(
    InstrumentId Instrument,
    long Sequence,
    BookUpdateAction Action,
    Side Side,
    Price Price,
    Quantity Size,
    int OrderCount);
