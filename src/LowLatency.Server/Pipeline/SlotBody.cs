using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// A FIX body that is already encoded (tag=value fields in an outbound slot): the sender stage hands it to
/// <c>FixSession.TrySend</c>, which writes the header around it. A ref struct over the slot: no copy, no allocation.
/// </summary>
internal readonly ref struct SlotBody(ReadOnlySpan<byte> msgType, ReadOnlySpan<byte> fields) : IFixMessageBody
{
    private readonly ReadOnlySpan<byte> _msgType = msgType;
    private readonly ReadOnlySpan<byte> _fields = fields;

    public ReadOnlySpan<byte> MsgType => _msgType;

    public void WriteBody(ref FixMessageWriter writer) => writer.WriteRaw(_fields);
}
