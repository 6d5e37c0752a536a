using LowLatency.Core.Ids;
using LowLatency.Execution.Gateways;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Session;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// Sends straight through one session, from the session's own callback thread: used for the market-data
/// subscriptions at logon (a cold path that belongs to the session, not to the decision thread's order flow).
/// </summary>
internal readonly struct DirectSessionSink(FixSession session) : IVenueOrderSink
{
    public bool TrySend<TBody>(VenueId venue, scoped in TBody body)
        where TBody : IFixMessageBody, allows ref struct => session.TrySend(in body, flush: true) == FixSendResult.Sent;
}
