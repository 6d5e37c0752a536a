using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Application;

/// <summary>
/// NewOrderSingle (35=D) in protocol terms (bytes, chars, Price/Quantity, epoch nanos), so gateways map their
/// domain orders without hand-assembling tags. Optional fields: empty span, '\0' char, null Price.
/// </summary>
public ref struct NewOrderSingle : IFixMessageBody
{
    public ReadOnlySpan<byte> ClOrdId;
    public ReadOnlySpan<byte> Account;
    public ReadOnlySpan<byte> Symbol;
    public ReadOnlySpan<byte> SecurityExchange;
    public char Side;
    public long TransactTimeNanos;
    public Quantity OrderQty;
    public char OrdType;
    public Price? Price;
    public char TimeInForce;
    public char HandlInst;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.NewOrderSingle;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        writer.WriteString(FixTag.ClOrdID, ClOrdId);
        OrderFields.WriteOptional(ref writer, FixTag.Account, Account);
        OrderFields.WriteOptional(ref writer, FixTag.HandlInst, HandlInst);
        writer.WriteString(FixTag.Symbol, Symbol);
        OrderFields.WriteOptional(ref writer, FixTag.SecurityExchange, SecurityExchange);
        OrderFields.WriteOrderTerms(ref writer, Side, TransactTimeNanos, OrderQty, OrdType, Price, TimeInForce);
    }

    /// <summary>Reads the fields above; false when a field the engine needs (11, 55, 54, 60, 38, 40) is missing or malformed.</summary>
    public static bool TryRead(in FixMessage message, out NewOrderSingle value)
    {
        value = new NewOrderSingle
        {
            ClOrdId = message.GetSpan(FixTag.ClOrdID),
            Account = message.GetSpan(FixTag.Account),
            Symbol = message.GetSpan(FixTag.Symbol),
            SecurityExchange = message.GetSpan(FixTag.SecurityExchange),
        };
        return OrderFields.TryReadOrderTerms(
                   in message, out value.Side, out value.TransactTimeNanos, out value.OrderQty, out value.OrdType,
                   out value.Price, out value.TimeInForce, out value.HandlInst) &&
               !value.ClOrdId.IsEmpty && !value.Symbol.IsEmpty && message.IsMsgType(FixMsgType.NewOrderSingle);
    }
}
