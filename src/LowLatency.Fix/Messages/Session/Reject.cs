using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Session;

/// <summary>Reject (35=3): the session-level rejection of a received message, with reason and RefTagID.</summary>
public ref struct Reject : IFixMessageBody
{
    public int RefSeqNum;

    /// <summary>RefTagID (371); 0 = not sent.</summary>
    public int RefTagId;
    public ReadOnlySpan<byte> RefMsgType;

    /// <summary>SessionRejectReason (373); <see cref="SessionRejectReason.None"/> = not sent.</summary>
    public SessionRejectReason Reason;
    public ReadOnlySpan<byte> Text;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.Reject;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        writer.WriteInt(FixTag.RefSeqNum, RefSeqNum);
        if (RefTagId > 0)
        {
            writer.WriteInt(FixTag.RefTagID, RefTagId);
        }

        if (!RefMsgType.IsEmpty)
        {
            writer.WriteString(FixTag.RefMsgType, RefMsgType);
        }

        if (Reason != SessionRejectReason.None)
        {
            writer.WriteInt(FixTag.SessionRejectReason, (int)Reason);
        }

        if (!Text.IsEmpty)
        {
            writer.WriteString(FixTag.Text, Text);
        }
    }

    public static bool TryRead(in FixMessage message, out Reject value)
    {
        value = new Reject
        {
            RefMsgType = message.GetSpan(FixTag.RefMsgType),
            Text = message.GetSpan(FixTag.Text),
            Reason = message.TryGetInt(FixTag.SessionRejectReason, out int reason) ? (SessionRejectReason)reason : SessionRejectReason.None,
        };
        message.TryGetInt(FixTag.RefTagID, out value.RefTagId);
        return message.TryGetInt(FixTag.RefSeqNum, out value.RefSeqNum) && message.IsMsgType(FixMsgType.Reject);
    }
}
