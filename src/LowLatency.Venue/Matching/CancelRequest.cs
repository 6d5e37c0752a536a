using LowLatency.Core.Ids;

namespace LowLatency.Venue.Matching;

/// <summary>A request to cancel a live order (what an OrderCancelRequest 35=F maps to).</summary>
/// <param name="Instrument">Book of the order (Symbol(55) on the request).</param>
/// <param name="Owner">Session that owns the order.</param>
/// <param name="ClientOrderId">ClOrdID(11) of this cancel request; the cancel report carries it.</param>
/// <param name="OrigClientOrderId">OrigClOrdID(41): the order's current client id.</param>
public readonly record struct CancelRequest(
    InstrumentId Instrument,
    int Owner,
    ClientOrderId ClientOrderId,
    ClientOrderId OrigClientOrderId);
