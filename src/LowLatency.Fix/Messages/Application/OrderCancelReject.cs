using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Application;

/// <summary>OrderCancelReject (35=9): a cancel (434=1) or replace (434=2) the venue refused; the order stands.</summary>
public ref struct OrderCancelReject : IFixMessageBody
{
    public ReadOnlySpan<byte> OrderId;
    public ReadOnlySpan<byte> ClOrdId;
    public ReadOnlySpan<byte> OrigClOrdId;
    public char OrdStatus;
    public char CxlRejResponseTo;

    /// <summary>CxlRejReason (102); negative = not sent.</summary>
    public int CxlRejReason;
    public ReadOnlySpan<byte> Text;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.OrderCancelReject;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        writer.WriteString(FixTag.OrderID, OrderId);
        writer.WriteString(FixTag.ClOrdID, ClOrdId);
        writer.WriteString(FixTag.OrigClOrdID, OrigClOrdId);
        writer.WriteChar(FixTag.OrdStatus, OrdStatus);
        writer.WriteChar(FixTag.CxlRejResponseTo, CxlRejResponseTo);
        OrderFields.WriteOptional(ref writer, FixTag.CxlRejReason, CxlRejReason);
        OrderFields.WriteOptional(ref writer, FixTag.Text, Text);
    }

    public static bool TryRead(in FixMessage message, out OrderCancelReject value)
    {
        value = new OrderCancelReject
        {
            OrderId = message.GetSpan(FixTag.OrderID),
            ClOrdId = message.GetSpan(FixTag.ClOrdID),
            OrigClOrdId = message.GetSpan(FixTag.OrigClOrdID),
            Text = message.GetSpan(FixTag.Text),
            CxlRejReason = message.TryGetInt(FixTag.CxlRejReason, out int reason) ? reason : -1,
        };
        return message.TryGetChar(FixTag.OrdStatus, out value.OrdStatus) &
               message.TryGetChar(FixTag.CxlRejResponseTo, out value.CxlRejResponseTo) &&
               !value.ClOrdId.IsEmpty && message.IsMsgType(FixMsgType.OrderCancelReject);
    }
}
