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
        OrderFields.WriteOrderTerms(ref writer, Side, TransactTimeNanos, OrderQty, OrdType, Price, TimeInForce);
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
        };
        return OrderFields.TryReadOrderTerms(
                   in message, out value.Side, out value.TransactTimeNanos, out value.OrderQty, out value.OrdType,
                   out value.Price, out value.TimeInForce, out value.HandlInst) &&
               !value.OrigClOrdId.IsEmpty && !value.ClOrdId.IsEmpty && message.IsMsgType(FixMsgType.OrderCancelReplaceRequest);
    }
}
