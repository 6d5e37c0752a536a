using LowLatency.Core.Ids;
using LowLatency.Execution.Gateways;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Execution.Tests.Support;

/// <summary>The test sink: a struct (as the engine requires) over a <see cref="WireLog"/> that really encodes every body.</summary>
internal readonly struct RecordingSink(WireLog log) : IVenueOrderSink
{
    public WireLog Log => log;

    public bool TrySend<TBody>(VenueId venue, scoped in TBody body)
        where TBody : IFixMessageBody, allows ref struct => log.Send(venue, in body);
}
