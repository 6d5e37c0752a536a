using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Application;

/// <summary>OrderCancelRequest (35=F): cancel the order known as OrigClOrdID (and OrderID when the venue gave one).</summary>
public ref struct OrderCancelRequest : IFixMessageBody
{
    public ReadOnlySpan<byte> OrigClOrdId;
    public ReadOnlySpan<byte> ClOrdId;
    public ReadOnlySpan<byte> OrderId;
    public ReadOnlySpan<byte> Symbol;
    public char Side;
    public long TransactTimeNanos;
    public Quantity? OrderQty;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.OrderCancelRequest;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        writer.WriteString(FixTag.OrigClOrdID, OrigClOrdId);
        OrderFields.WriteOptional(ref writer, FixTag.OrderID, OrderId);
        writer.WriteString(FixTag.ClOrdID, ClOrdId);
        writer.WriteString(FixTag.Symbol, Symbol);
        writer.WriteChar(FixTag.Side, Side);
        writer.WriteUtcTimestamp(FixTag.TransactTime, TransactTimeNanos);
        if (OrderQty is { } qty)
        {
            writer.WriteQuantity(FixTag.OrderQty, qty);
        }
    }

    public static bool TryRead(in FixMessage message, out OrderCancelRequest value)
    {
        value = new OrderCancelRequest
        {
            OrigClOrdId = message.GetSpan(FixTag.OrigClOrdID),
            ClOrdId = message.GetSpan(FixTag.ClOrdID),
            OrderId = message.GetSpan(FixTag.OrderID),
            Symbol = message.GetSpan(FixTag.Symbol),
            OrderQty = message.TryGetQuantity(FixTag.OrderQty, out Quantity qty) ? qty : null,
        };
        return message.TryGetChar(FixTag.Side, out value.Side) &
               message.TryGetUtcTimestamp(FixTag.TransactTime, out value.TransactTimeNanos) &&
               !value.OrigClOrdId.IsEmpty && !value.ClOrdId.IsEmpty && message.IsMsgType(FixMsgType.OrderCancelRequest);
    }
}
