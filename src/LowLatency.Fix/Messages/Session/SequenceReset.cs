using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Session;

/// <summary>SequenceReset (35=4): GapFill (with PossDupFlag in the header) or Reset mode, to NewSeqNo.</summary>
public struct SequenceReset : IFixMessageBody
{
    public bool GapFill;
    public int NewSeqNo;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.SequenceReset;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        if (GapFill)
        {
            writer.WriteBool(FixTag.GapFillFlag, true);
        }

        writer.WriteInt(FixTag.NewSeqNo, NewSeqNo);
    }

    public static bool TryRead(in FixMessage message, out SequenceReset value)
    {
        value = default;
        message.TryGetBool(FixTag.GapFillFlag, out value.GapFill);
        return message.TryGetInt(FixTag.NewSeqNo, out value.NewSeqNo) && message.IsMsgType(FixMsgType.SequenceReset);
    }
}
