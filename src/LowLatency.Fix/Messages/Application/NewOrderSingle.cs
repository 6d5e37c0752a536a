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

    /// <summary>Reads the fields above; false when a field the engine needs (11, 55, 54, 60, 38, 40) is missing or malformed.</summary>
    public static bool TryRead(in FixMessage message, out NewOrderSingle value)
    {
        value = new NewOrderSingle
        {
            ClOrdId = message.GetSpan(FixTag.ClOrdID),
            Account = message.GetSpan(FixTag.Account),
            Symbol = message.GetSpan(FixTag.Symbol),
            SecurityExchange = message.GetSpan(FixTag.SecurityExchange),
            Price = message.TryGetPrice(FixTag.Price, out Price px) ? px : null,
        };
        message.TryGetChar(FixTag.TimeInForce, out value.TimeInForce);
        message.TryGetChar(FixTag.HandlInst, out value.HandlInst);
        return message.TryGetChar(FixTag.Side, out value.Side) &
               message.TryGetUtcTimestamp(FixTag.TransactTime, out value.TransactTimeNanos) &
               message.TryGetQuantity(FixTag.OrderQty, out value.OrderQty) &
               message.TryGetChar(FixTag.OrdType, out value.OrdType) &&
               !value.ClOrdId.IsEmpty && !value.Symbol.IsEmpty && message.IsMsgType(FixMsgType.NewOrderSingle);
    }
}
