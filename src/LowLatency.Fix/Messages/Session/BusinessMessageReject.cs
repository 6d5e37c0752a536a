using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Session;

/// <summary>BusinessMessageReject (35=j): an application message that passed session checks but cannot be processed.</summary>
public ref struct BusinessMessageReject : IFixMessageBody
{
    /// <summary>RefSeqNum (45); 0 = not sent.</summary>
    public int RefSeqNum;
    public ReadOnlySpan<byte> RefMsgType;
    public ReadOnlySpan<byte> BusinessRejectRefId;
    public BusinessRejectReason Reason;
    public ReadOnlySpan<byte> Text;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.BusinessMessageReject;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        if (RefSeqNum > 0)
        {
            writer.WriteInt(FixTag.RefSeqNum, RefSeqNum);
        }

        writer.WriteString(FixTag.RefMsgType, RefMsgType);
        if (!BusinessRejectRefId.IsEmpty)
        {
            writer.WriteString(FixTag.BusinessRejectRefID, BusinessRejectRefId);
        }

        writer.WriteInt(FixTag.BusinessRejectReason, (int)Reason);
        if (!Text.IsEmpty)
        {
            writer.WriteString(FixTag.Text, Text);
        }
    }

    public static bool TryRead(in FixMessage message, out BusinessMessageReject value)
    {
        value = new BusinessMessageReject
        {
            RefMsgType = message.GetSpan(FixTag.RefMsgType),
            BusinessRejectRefId = message.GetSpan(FixTag.BusinessRejectRefID),
            Text = message.GetSpan(FixTag.Text),
        };
        message.TryGetInt(FixTag.RefSeqNum, out value.RefSeqNum);
        bool ok = message.TryGetInt(FixTag.BusinessRejectReason, out int reason);
        value.Reason = (BusinessRejectReason)reason;
        return ok && !value.RefMsgType.IsEmpty && message.IsMsgType(FixMsgType.BusinessMessageReject);
    }
}
