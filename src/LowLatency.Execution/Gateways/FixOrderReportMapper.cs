using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Execution.Instruments;
using LowLatency.Execution.Orders;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Messages.Session;

namespace LowLatency.Execution.Gateways;

/// <summary>
/// FIX → domain for the order flow: ExecutionReport (8), OrderCancelReject (9) and BusinessMessageReject (j) naming
/// one of our requests become an <see cref="OrderReport"/> (our ids parsed from ClOrdID, ExecID hashed with the venue,
/// Commission(12), LastLiquidityInd(851), PossDupFlag(43)). Immutable after construction: may run on the session's
/// reader thread to fill an inbound ring slot. No allocation.
/// </summary>
public sealed class FixOrderReportMapper
{
    private readonly ClOrdIdCodec _ids;

    public FixOrderReportMapper(string clOrdIdPrefix)
    {
        _ids = new ClOrdIdCodec(clOrdIdPrefix);
    }

    /// <summary>Maps 35=8/9/j; <paramref name="report"/> is fully overwritten.</summary>
    public ReportMapResult TryMap(in FixMessage message, VenueId venue, long receiveNs, out OrderReport report)
    {
        report = default;
        report.Venue = venue;
        report.ReceiveTimestampNs = receiveNs;
        report.RejectCode = -1;
        message.TryGetBool(FixTag.PossDupFlag, out report.PossDup);
        ReadOnlySpan<byte> type = message.MsgType;
        if (type.Length != 1)
        {
            return ReportMapResult.NotAnOrderMessage;
        }

        return type[0] switch
        {
            (byte)'8' => MapExecution(in message, venue, ref report),
            (byte)'9' => MapCancelReject(in message, ref report),
            (byte)'j' => MapBusinessReject(in message, ref report),
            _ => ReportMapResult.NotAnOrderMessage,
        };
    }

    private ReportMapResult MapExecution(in FixMessage message, VenueId venue, ref OrderReport report)
    {
        if (!ExecutionReport.TryRead(in message, out ExecutionReport er))
        {
            return ReportMapResult.MissingOrMalformedField;
        }

        if (!FixCodes.TryFromFix(er.Side, out report.Side))
        {
            return ReportMapResult.UnsupportedSide;
        }

        if (!VenueOrderId.TryCreate(er.OrderId, out report.VenueOrderId))
        {
            return ReportMapResult.VenueOrderIdTooLong;
        }

        _ids.TryParse(er.ClOrdId, out report.ClOrdId);
        _ids.TryParse(er.OrigClOrdId, out report.OrigClOrdId);
        if (report.ClOrdId == 0 && report.OrigClOrdId == 0 && report.VenueOrderId.IsEmpty)
        {
            return ReportMapResult.NotOurOrder;
        }

        report.Kind = OrderReportKind.Execution;
        report.ExecType = FixCodes.ExecKind(er.ExecType);
        report.Status = FixCodes.Status(er.OrdStatus);
        report.ExecIdHash = AsciiHash.Hash(er.ExecId, (ulong)(uint)venue.Value + 1);
        report.OrderQty = er.OrderQty ?? default;
        report.Price = er.Price ?? default;
        report.LastQty = er.LastQty ?? default;
        report.HasLastPx = er.LastPx.HasValue;
        report.LastPx = er.LastPx ?? default;
        report.CumQty = er.CumQty;
        report.LeavesQty = er.LeavesQty;
        report.AvgPx = er.AvgPx.ToDouble();
        report.RejectCode = er.OrdRejReason;
        report.TransactTimeUtcNs = er.TransactTimeNanos;
        if (message.TryGetPrice(FixTag.Commission, out Price commission))
        {
            report.Commission = commission.ToDouble();
            report.HasCommission = true;
        }

        if (message.TryGetInt(FixTag.LastLiquidityInd, out int liquidity))
        {
            report.Liquidity = FixCodes.Liquidity(liquidity);
        }

        return ReportMapResult.Mapped;
    }

    private ReportMapResult MapCancelReject(in FixMessage message, ref OrderReport report)
    {
        if (!OrderCancelReject.TryRead(in message, out OrderCancelReject reject))
        {
            return ReportMapResult.MissingOrMalformedField;
        }

        if (!VenueOrderId.TryCreate(reject.OrderId, out report.VenueOrderId))
        {
            return ReportMapResult.VenueOrderIdTooLong;
        }

        _ids.TryParse(reject.ClOrdId, out report.ClOrdId);
        _ids.TryParse(reject.OrigClOrdId, out report.OrigClOrdId);
        if (report.ClOrdId == 0 && report.OrigClOrdId == 0)
        {
            return ReportMapResult.NotOurOrder;
        }

        report.Kind = OrderReportKind.CancelReject;
        report.Status = FixCodes.Status(reject.OrdStatus);
        report.RejectedRequest = reject.CxlRejResponseTo == '2' ? RequestKind.Replace : RequestKind.Cancel;
        report.RejectCode = reject.CxlRejReason;
        return ReportMapResult.Mapped;
    }

    private ReportMapResult MapBusinessReject(in FixMessage message, ref OrderReport report)
    {
        if (!BusinessMessageReject.TryRead(in message, out BusinessMessageReject reject))
        {
            return ReportMapResult.MissingOrMalformedField;
        }

        ReadOnlySpan<byte> refType = reject.RefMsgType;
        report.RejectedRequest = refType.Length != 1 ? RequestKind.None : refType[0] switch
        {
            (byte)'D' => RequestKind.New,
            (byte)'F' => RequestKind.Cancel,
            (byte)'G' => RequestKind.Replace,
            _ => RequestKind.None,
        };
        if (report.RejectedRequest == RequestKind.None)
        {
            return ReportMapResult.NotAnOrderMessage;
        }

        if (!_ids.TryParse(reject.BusinessRejectRefId, out report.ClOrdId))
        {
            return ReportMapResult.NotOurOrder;
        }

        report.Kind = OrderReportKind.BusinessReject;
        report.RejectCode = (int)reject.Reason;
        return ReportMapResult.Mapped;
    }
}
