using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Orders;

namespace LowLatency.Venue.Matching;

/// <summary>
/// An order entering the venue (what a NewOrderSingle 35=D maps to). Passed by <c>in</c>, so the gateway
/// builds it on the stack from the parsed fields; <see cref="Price"/> is ignored for market orders.
/// </summary>
/// <param name="Instrument">Book to enter (the gateway resolves Symbol(55) through <see cref="SymbolIndex"/>).</param>
/// <param name="Owner">Compact id of the submitting session; (Owner, ClientOrderId) keys the order.</param>
/// <param name="ClientOrderId">ClOrdID(11), unique among the owner's live orders.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Type">Limit or market.</param>
/// <param name="TimeInForce">Day/GTC rest; IOC/FOK never rest.</param>
/// <param name="Price">Limit price, exact on the instrument's tick (any scale that rescales exactly).</param>
/// <param name="Quantity">Order quantity, a positive multiple of the lot size.</param>
public readonly record struct NewOrderRequest(
    InstrumentId Instrument,
    int Owner,
    ClientOrderId ClientOrderId,
    Side Side,
    OrderType Type,
    TimeInForce TimeInForce,
    Price Price,
    Quantity Quantity);
