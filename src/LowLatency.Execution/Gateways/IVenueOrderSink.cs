using LowLatency.Core.Ids;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Execution.Gateways;

/// <summary>
/// Where the engine's outbound order messages go: the server implements it with a struct over the venue's FIX
/// session send handle (which adds the header, sequence number and hands the bytes to the socket writer). Used as a
/// constrained generic (<c>where TSink : struct, IVenueOrderSink</c>) so the call is direct and the body — a
/// <c>ref struct</c> over stack bytes — is never boxed or copied to the heap.
/// </summary>
public interface IVenueOrderSink
{
    /// <summary>
    /// Encodes and queues <paramref name="body"/> for the venue's session; false when it cannot be sent now
    /// (session down, outbound ring full): back-pressure as a return value, the engine keeps its state consistent.
    /// The body's spans are valid only during the call.
    /// </summary>
    bool TrySend<TBody>(VenueId venue, scoped in TBody body)
        where TBody : IFixMessageBody, allows ref struct;
}
