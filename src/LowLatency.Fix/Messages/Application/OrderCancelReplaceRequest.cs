using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Application;

/// <summary>OrderCancelReplaceRequest (35=G): amend price/quantity of the order known as OrigClOrdID.</summary>
public ref struct OrderCancelReplaceRequest : IFixMessageBody
{
    public ReadOnlySpan<byte> OrigClOrdId;
    public ReadOnlySpan<byte> ClOrdId;
    public ReadOnlySpan<byte> OrderId;
    public ReadOnlySpan<byte> Account;
    public ReadOnlySpan<byte> Symbol;
    public char Side;
    public long TransactTimeNanos;
    public Quantity OrderQty;
    public char OrdType;
    public Price? Price;
    public char TimeInForce;
    public char HandlInst;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.OrderCancelReplaceRequest;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        OrderFields.WriteOptional(ref writer, FixTag.OrderID, OrderId);
        writer.WriteString(FixTag.OrigClOrdID, OrigClOrdId);
        writer.WriteString(FixTag.ClOrdID, ClOrdId);
        OrderFields.WriteOptional(ref writer, FixTag.Account, Account);
        OrderFields.WriteOptional(ref writer, FixTag.HandlInst, HandlInst);
        writer.WriteString(FixTag.Symbol, Symbol);
        writer.WriteChar(FixTag.Side, Side);
        writer.WriteUtcTimestamp(FixTag.TransactTime, TransactTimeNanos);
        writer.WriteQuantity(FixTag.OrderQty, OrderQty);
        writer.WriteChar(FixTag.OrdType, OrdType);
        if (Price is { } price)
        {
            writer.WritePrice(FixTag.Price, price);
        }

        OrderFields.WriteOptional(ref writer, FixTag.TimeInForce, TimeInForce);
    }

    public static bool TryRead(in FixMessage message, out OrderCancelReplaceRequest value)
    {
        value = new OrderCancelReplaceRequest
        {
            OrigClOrdId = message.GetSpan(FixTag.OrigClOrdID),
            ClOrdId = message.GetSpan(FixTag.ClOrdID),
            OrderId = message.GetSpan(FixTag.OrderID),
            Account = message.GetSpan(FixTag.Account),
            Symbol = message.GetSpan(FixTag.Symbol),
            Price = message.TryGetPrice(FixTag.Price, out Price px) ? px : null,
        };
        message.TryGetChar(FixTag.TimeInForce, out value.TimeInForce);
        message.TryGetChar(FixTag.HandlInst, out value.HandlInst);
        return message.TryGetChar(FixTag.Side, out value.Side) &
               message.TryGetUtcTimestamp(FixTag.TransactTime, out value.TransactTimeNanos) &
               message.TryGetQuantity(FixTag.OrderQty, out value.OrderQty) &
               message.TryGetChar(FixTag.OrdType, out value.OrdType) &&
               !value.OrigClOrdId.IsEmpty && !value.ClOrdId.IsEmpty && message.IsMsgType(FixMsgType.OrderCancelReplaceRequest);
    }
}
