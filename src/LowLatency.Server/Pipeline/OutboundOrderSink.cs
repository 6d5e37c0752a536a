using LowLatency.Core.Ids;
using LowLatency.Execution.Gateways;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// The execution engine's venue sink (a struct: the engine's calls to it are direct): every order message goes into
/// the outbound ring through the <see cref="OutboundPort"/>, never to a socket from the decision thread.
/// </summary>
public readonly struct OutboundOrderSink(OutboundPort port) : IVenueOrderSink
{
    public OutboundPort Port => port;

    public bool TrySend<TBody>(VenueId venue, scoped in TBody body)
        where TBody : IFixMessageBody, allows ref struct => port.TrySend(venue, in body);
}
