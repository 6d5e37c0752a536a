using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Values;
using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Gateway;

/// <summary>
/// ExecutionReport (35=8) straight from the matching core's report, written field by field into the session's send
/// buffer: everything the engine's report mapper reads (37, 11, 41, 17, 150, 39, 103, 55, 54, 38, 40, 44, 59, 32, 31,
/// 151, 14, 6, 60, 58) plus the fee of a fill in Commission(12)/CommType(13)=3 (absolute) and LastLiquidityInd(851).
/// A ref struct over the report (no copy); OrderID is "NONE" for an order rejected on entry.
/// </summary>
internal readonly ref struct ExecutionReportBody : IFixMessageBody
{
    private readonly ref readonly ExecutionReport _report;
    private readonly ReadOnlySpan<byte> _clOrdId;
    private readonly ReadOnlySpan<byte> _origClOrdId;
    private readonly ReadOnlySpan<byte> _symbol;
    private readonly ReadOnlySpan<byte> _text;
    private readonly Price _commission;
    private readonly long _transactTimeNanos;
    private readonly char _execType;
    private readonly bool _hasCommission;

    /// <param name="report">The matching core's report.</param>
    /// <param name="ids">Scratch of at least 2 × <see cref="ClientOrderId.MaxLength"/> bytes for the ids' wire bytes.</param>
    /// <param name="symbol">Symbol(55) bytes.</param>
    /// <param name="text">Text(58), empty for none.</param>
    /// <param name="transactTimeNanos">TransactTime(60), UTC epoch ns.</param>
    /// <param name="commission">The fill's fee (null: not a fill).</param>
    /// <param name="execTypeOverride">ExecType to write instead of the report's ('I' for an order status answer); '\0' keeps it.</param>
    public ExecutionReportBody(in ExecutionReport report, Span<byte> ids, ReadOnlySpan<byte> symbol, ReadOnlySpan<byte> text, long transactTimeNanos, Price? commission, char execTypeOverride = '\0')
    {
        _report = ref report;
        report.ClientOrderId.TryCopyTo(ids, out int idLength);
        report.OrigClientOrderId.TryCopyTo(ids[ClientOrderId.MaxLength..], out int origLength);
        _clOrdId = ids[..idLength];
        _origClOrdId = ids.Slice(ClientOrderId.MaxLength, origLength);
        _symbol = symbol;
        _text = text;
        _transactTimeNanos = transactTimeNanos;
        _hasCommission = commission.HasValue;
        _commission = commission.GetValueOrDefault();
        _execType = execTypeOverride != '\0' ? execTypeOverride : FixCodes.ToFix(report.ExecType);
    }

    public ReadOnlySpan<byte> MsgType => FixMsgType.ExecutionReport;

    public void WriteBody(ref FixMessageWriter writer)
    {
        ref readonly ExecutionReport r = ref _report;
        if (r.OrderId == 0)
        {
            writer.WriteString(FixTag.OrderID, "NONE"u8);
        }
        else
        {
            writer.WriteLong(FixTag.OrderID, r.OrderId);
        }

        writer.WriteString(FixTag.ClOrdID, _clOrdId);
        if (!_origClOrdId.IsEmpty)
        {
            writer.WriteString(FixTag.OrigClOrdID, _origClOrdId);
        }

        writer.WriteLong(FixTag.ExecID, r.ExecutionId);
        writer.WriteChar(FixTag.ExecType, _execType);
        writer.WriteChar(FixTag.OrdStatus, FixCodes.ToFix(r.Status));
        if (r.ExecType == ExecType.Rejected)
        {
            writer.WriteInt(FixTag.OrdRejReason, FixCodes.ToFix(r.RejectReason));
        }

        writer.WriteString(FixTag.Symbol, _symbol);
        writer.WriteChar(FixTag.Side, FixCodes.ToFix(r.Side));
        writer.WriteQuantity(FixTag.OrderQty, r.OrderQuantity);
        writer.WriteChar(FixTag.OrdType, FixCodes.ToFix(r.OrderType));
        if (r.OrderType == OrderType.Limit)
        {
            writer.WritePrice(FixTag.Price, r.Price);
        }

        writer.WriteChar(FixTag.TimeInForce, FixCodes.ToFix(r.TimeInForce));
        if (r.ExecType == ExecType.Trade)
        {
            writer.WriteQuantity(FixTag.LastQty, r.LastQuantity);
            writer.WritePrice(FixTag.LastPx, r.LastPrice);
        }

        writer.WriteQuantity(FixTag.LeavesQty, r.LeavesQuantity);
        writer.WriteQuantity(FixTag.CumQty, r.CumulativeQuantity);
        writer.WritePrice(FixTag.AvgPx, r.AveragePrice);
        writer.WriteUtcTimestamp(FixTag.TransactTime, _transactTimeNanos);
        if (_hasCommission)
        {
            writer.WritePrice(FixTag.Commission, _commission);
            writer.WriteChar(FixTag.CommType, '3'); // 3 = absolute amount
        }

        if (r.Liquidity != LiquidityIndicator.None)
        {
            writer.WriteInt(FixTag.LastLiquidityInd, r.Liquidity == LiquidityIndicator.Maker ? 1 : 2); // 1 added, 2 removed liquidity
        }

        if (!_text.IsEmpty)
        {
            writer.WriteString(FixTag.Text, _text);
        }
    }
}
