using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Application;

/// <summary>OrderStatusRequest (35=H): asks the venue for an ExecutionReport (ExecType=I) on one order.</summary>
public ref struct OrderStatusRequest : IFixMessageBody
{
    public ReadOnlySpan<byte> OrderId;
    public ReadOnlySpan<byte> ClOrdId;
    public ReadOnlySpan<byte> Symbol;
    public char Side;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.OrderStatusRequest;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        OrderFields.WriteOptional(ref writer, FixTag.OrderID, OrderId);
        writer.WriteString(FixTag.ClOrdID, ClOrdId);
        writer.WriteString(FixTag.Symbol, Symbol);
        writer.WriteChar(FixTag.Side, Side);
    }

    public static bool TryRead(in FixMessage message, out OrderStatusRequest value)
    {
        value = new OrderStatusRequest
        {
            OrderId = message.GetSpan(FixTag.OrderID),
            ClOrdId = message.GetSpan(FixTag.ClOrdID),
            Symbol = message.GetSpan(FixTag.Symbol),
        };
        return message.TryGetChar(FixTag.Side, out value.Side) && !value.ClOrdId.IsEmpty && message.IsMsgType(FixMsgType.OrderStatusRequest);
    }
}
