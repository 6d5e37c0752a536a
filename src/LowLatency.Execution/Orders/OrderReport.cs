using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Orders;

/// <summary>
/// A venue's answer about one of our orders (ExecutionReport, OrderCancelReject or BusinessMessageReject) in domain
/// terms: the gateway fills it from the FIX message, the order table applies it. A flat mutable struct so it can be
/// an inbound ring slot; quantities and prices keep their wire scale (the table rescales them exactly per instrument).
/// </summary>
public struct OrderReport
{
    public OrderReportKind Kind;
    public VenueId Venue;
    public ExecutionKind ExecType;

    /// <summary>OrdStatus (39) as reported.</summary>
    public OrderState Status;

    /// <summary>For cancel rejects and business rejects: which of our requests was refused.</summary>
    public RequestKind RejectedRequest;

    /// <summary>PossDupFlag (43) was Y: a resend; applied only if its ExecID was not seen.</summary>
    public bool PossDup;

    public Side Side;

    /// <summary>Our numeric id from ClOrdID (11); 0 when absent or not ours.</summary>
    public long ClOrdId;

    /// <summary>Our numeric id from OrigClOrdID (41); 0 when absent or not ours.</summary>
    public long OrigClOrdId;

    /// <summary>Hash of ExecID (17) salted with the venue; 0 for rejects without one.</summary>
    public ulong ExecIdHash;

    public VenueOrderId VenueOrderId;

    /// <summary>OrderQty (38); zero mantissa when absent.</summary>
    public Quantity OrderQty;
    public Quantity LastQty;
    public Quantity CumQty;
    public Quantity LeavesQty;

    /// <summary>Price (44); zero when absent.</summary>
    public Price Price;
    public Price LastPx;
    public bool HasLastPx;

    /// <summary>AvgPx (6) as a double: venues send extra decimals.</summary>
    public double AvgPx;

    /// <summary>Commission (12) in account currency when <see cref="HasCommission"/>; otherwise the venue's fee schedule applies.</summary>
    public double Commission;
    public bool HasCommission;

    /// <summary>LastLiquidityInd (851): maker or taker.</summary>
    public LiquidityIndicator Liquidity;

    /// <summary>OrdRejReason (103), CxlRejReason (102) or BusinessRejectReason (380); -1 when absent.</summary>
    public int RejectCode;

    /// <summary>TransactTime (60), UTC epoch nanoseconds; 0 when absent.</summary>
    public long TransactTimeUtcNs;

    /// <summary>Monotonic nanoseconds when the message was read.</summary>
    public long ReceiveTimestampNs;
}
