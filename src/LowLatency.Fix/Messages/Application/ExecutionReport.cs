using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;

namespace LowLatency.Fix.Messages.Application;

/// <summary>
/// ExecutionReport (35=8): order acknowledgements, fills, cancels, replaces and rejects, in protocol terms.
/// Optional: empty span, '\0', null, negative OrdRejReason, 0 TransactTime.
/// </summary>
public ref struct ExecutionReport : IFixMessageBody
{
    public ReadOnlySpan<byte> OrderId;
    public ReadOnlySpan<byte> ClOrdId;
    public ReadOnlySpan<byte> OrigClOrdId;
    public ReadOnlySpan<byte> ExecId;
    public char ExecType;
    public char OrdStatus;
    public int OrdRejReason;
    public ReadOnlySpan<byte> Account;
    public ReadOnlySpan<byte> Symbol;
    public char Side;
    public Quantity? OrderQty;
    public char OrdType;
    public Price? Price;
    public char TimeInForce;
    public Quantity? LastQty;
    public Price? LastPx;
    public Quantity LeavesQty;
    public Quantity CumQty;
    public Price AvgPx;
    public long TransactTimeNanos;
    public ReadOnlySpan<byte> Text;

    public readonly ReadOnlySpan<byte> MsgType => FixMsgType.ExecutionReport;

    public readonly void WriteBody(ref FixMessageWriter writer)
    {
        writer.WriteString(FixTag.OrderID, OrderId);
        OrderFields.WriteOptional(ref writer, FixTag.ClOrdID, ClOrdId);
        OrderFields.WriteOptional(ref writer, FixTag.OrigClOrdID, OrigClOrdId);
        writer.WriteString(FixTag.ExecID, ExecId);
        writer.WriteChar(FixTag.ExecType, ExecType);
        writer.WriteChar(FixTag.OrdStatus, OrdStatus);
        OrderFields.WriteOptional(ref writer, FixTag.OrdRejReason, OrdRejReason);
        OrderFields.WriteOptional(ref writer, FixTag.Account, Account);
        writer.WriteString(FixTag.Symbol, Symbol);
        writer.WriteChar(FixTag.Side, Side);
        if (OrderQty is { } qty)
        {
            writer.WriteQuantity(FixTag.OrderQty, qty);
        }

        OrderFields.WriteOptional(ref writer, FixTag.OrdType, OrdType);
        if (Price is { } price)
        {
            writer.WritePrice(FixTag.Price, price);
        }

        OrderFields.WriteOptional(ref writer, FixTag.TimeInForce, TimeInForce);
        if (LastQty is { } lastQty)
        {
            writer.WriteQuantity(FixTag.LastQty, lastQty);
        }

        if (LastPx is { } lastPx)
        {
            writer.WritePrice(FixTag.LastPx, lastPx);
        }

        writer.WriteQuantity(FixTag.LeavesQty, LeavesQty);
        writer.WriteQuantity(FixTag.CumQty, CumQty);
        writer.WritePrice(FixTag.AvgPx, AvgPx);
        if (TransactTimeNanos != 0)
        {
            writer.WriteUtcTimestamp(FixTag.TransactTime, TransactTimeNanos);
        }

        OrderFields.WriteOptional(ref writer, FixTag.Text, Text);
    }

    /// <summary>False when a required field (37, 17, 150, 39, 54, 151, 14, 6) is missing or malformed.</summary>
    public static bool TryRead(in FixMessage message, out ExecutionReport value)
    {
        value = new ExecutionReport
        {
            OrderId = message.GetSpan(FixTag.OrderID),
            ClOrdId = message.GetSpan(FixTag.ClOrdID),
            OrigClOrdId = message.GetSpan(FixTag.OrigClOrdID),
            ExecId = message.GetSpan(FixTag.ExecID),
            Account = message.GetSpan(FixTag.Account),
            Symbol = message.GetSpan(FixTag.Symbol),
            Text = message.GetSpan(FixTag.Text),
            OrdRejReason = message.TryGetInt(FixTag.OrdRejReason, out int rej) ? rej : -1,
            OrderQty = message.TryGetQuantity(FixTag.OrderQty, out Quantity qty) ? qty : null,
            Price = message.TryGetPrice(FixTag.Price, out Price px) ? px : null,
            LastQty = message.TryGetQuantity(FixTag.LastQty, out Quantity lastQty) ? lastQty : null,
            LastPx = message.TryGetPrice(FixTag.LastPx, out Price lastPx) ? lastPx : null,
        };
        message.TryGetChar(FixTag.OrdType, out value.OrdType);
        message.TryGetChar(FixTag.TimeInForce, out value.TimeInForce);
        message.TryGetUtcTimestamp(FixTag.TransactTime, out value.TransactTimeNanos);
        return message.TryGetChar(FixTag.ExecType, out value.ExecType) &
               message.TryGetChar(FixTag.OrdStatus, out value.OrdStatus) &
               message.TryGetChar(FixTag.Side, out value.Side) &
               message.TryGetQuantity(FixTag.LeavesQty, out value.LeavesQty) &
               message.TryGetQuantity(FixTag.CumQty, out value.CumQty) &
               message.TryGetPrice(FixTag.AvgPx, out value.AvgPx) &&
               !value.OrderId.IsEmpty && !value.ExecId.IsEmpty && message.IsMsgType(FixMsgType.ExecutionReport);
    }
}
