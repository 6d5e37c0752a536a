using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Session;

/// <summary>Heartbeat (35=0); TestReqID echoes a TestRequest when it answers one.</summary>
public ref struct Heartbeat : IFixMessageBody
{
    public ReadOnlySpan<byte> TestReqId;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.Heartbeat;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        if (!TestReqId.IsEmpty)
        {
            writer.WriteString(FixTag.TestReqID, TestReqId);
        }
    }

    public static bool TryRead(in FixMessage message, out Heartbeat value)
    {
        value = new Heartbeat { TestReqId = message.GetSpan(FixTag.TestReqID) };
        return message.IsMsgType(FixMsgType.Heartbeat);
    }
}
