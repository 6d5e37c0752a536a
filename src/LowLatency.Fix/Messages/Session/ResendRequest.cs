using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Session;

/// <summary>ResendRequest (35=2): BeginSeqNo..EndSeqNo, EndSeqNo 0 meaning "everything after".</summary>
public struct ResendRequest : IFixMessageBody
{
    public int BeginSeqNo;
    public int EndSeqNo;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.ResendRequest;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        writer.WriteInt(FixTag.BeginSeqNo, BeginSeqNo);
        writer.WriteInt(FixTag.EndSeqNo, EndSeqNo);
    }

    public static bool TryRead(in FixMessage message, out ResendRequest value)
    {
        value = default;
        return message.TryGetInt(FixTag.BeginSeqNo, out value.BeginSeqNo) &
               message.TryGetInt(FixTag.EndSeqNo, out value.EndSeqNo) &&
               message.IsMsgType(FixMsgType.ResendRequest);
    }
}
