using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Orders;

namespace LowLatency.Venue.Matching;

/// <summary>
/// A request to amend a live order's price and/or total quantity (what an OrderCancelReplaceRequest 35=G
/// maps to). Priority is kept only for a size decrease at the same price.
/// </summary>
/// <param name="Instrument">Book of the order.</param>
/// <param name="Owner">Session that owns the order.</param>
/// <param name="ClientOrderId">ClOrdID(11) the order carries from now on.</param>
/// <param name="OrigClientOrderId">OrigClOrdID(41): the order's current client id.</param>
/// <param name="Side">Must equal the order's side (a replace never flips side).</param>
/// <param name="Price">New limit price.</param>
/// <param name="Quantity">New total order quantity (filled part included), above the quantity already filled.</param>
public readonly record struct ReplaceRequest(
    InstrumentId Instrument,
    int Owner,
    ClientOrderId ClientOrderId,
    ClientOrderId OrigClientOrderId,
    Side Side,
    Price Price,
    Quantity Quantity);
