using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Session;

/// <summary>TestRequest (35=1): forces a Heartbeat carrying the same TestReqID.</summary>
public ref struct TestRequest : IFixMessageBody
{
    public ReadOnlySpan<byte> TestReqId;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.TestRequest;

    public readonly void WriteBody(ref FixMessageWriter writer) => writer.WriteString(FixTag.TestReqID, TestReqId);

    public static bool TryRead(in FixMessage message, out TestRequest value)
    {
        bool ok = message.TryGetSpan(FixTag.TestReqID, out ReadOnlySpan<byte> id);
        value = new TestRequest { TestReqId = id };
        return ok && message.IsMsgType(FixMsgType.TestRequest);
    }
}
