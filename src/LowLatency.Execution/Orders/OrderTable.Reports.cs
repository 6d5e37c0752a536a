using System.Runtime.CompilerServices;
using LowLatency.Execution.Instruments;

namespace LowLatency.Execution.Orders;

// The state machine proper: venue reports → state changes. Every path returns a ReportOutcome; nothing throws.
// Legal transitions (S = underlying state PendingNew/New/PartiallyFilled, P = pending cancel/replace or none):
//   New        S=PendingNew → New (ack)                       otherwise informational
//   Trade      CumQty grows → PartiallyFilled, or Filled when CumQty reaches the quantity (pending request kept)
//   Canceled   any open → Canceled
//   Replaced   P=Replace → New/PartiallyFilled with the new terms (Filled if the new quantity is already done)
//   Rejected   S=PendingNew → Rejected                         otherwise refused (RejectOfLiveOrder)
//   Expired / DoneForDay   any open → that state
//   CancelReject / BusinessReject of our cancel/replace: P cleared, state restored
// Done orders refuse everything (OrderAlreadyDone); duplicates (ExecID) and stale CumQty are ignored.
internal sealed partial class OrderTable
{
    /// <summary>
    /// Applies one venue report. <paramref name="slot"/> is the order's slot when found (-1 otherwise);
    /// <paramref name="fill"/> is set when the outcome is <see cref="ReportOutcome.Filled"/> or
    /// <see cref="ReportOutcome.Overfilled"/>.
    /// </summary>
    public ReportOutcome Apply(in OrderReport report, int venue, long nowNs, out int slot, out OrderFill fill)
    {
        fill = default;
        if (report.ExecIdHash != 0 && report.Kind == OrderReportKind.Execution && _execIds.Contains(report.ExecIdHash))
        {
            slot = -1;
            return ReportOutcome.DuplicateExecId;
        }

        if (!TryLocate(in report, venue, out slot))
        {
            return ReportOutcome.UnknownOrder;
        }

        ref Order o = ref _orders[slot];
        if (report.Kind != OrderReportKind.Execution)
        {
            return ApplyReject(slot, ref o, in report, nowNs);
        }

        if (report.ExecIdHash != 0)
        {
            _execIds.Add(report.ExecIdHash);
        }

        if (OrderStates.IsDone(o.State))
        {
            return ReportOutcome.OrderAlreadyDone;
        }

        o.LastUpdateNs = nowNs;
        if (!report.VenueOrderId.IsEmpty && o.VenueOrderHash == 0)
        {
            RememberVenueOrderId(slot, ref o, in report.VenueOrderId);
        }

        switch (report.ExecType)
        {
            case ExecutionKind.New:
                if (o.Underlying == OrderState.PendingNew)
                {
                    SetUnderlying(ref o, OrderState.New);
                    return ReportOutcome.Acknowledged;
                }

                return ReportOutcome.Unchanged;
            case ExecutionKind.Trade:
                return ApplyTrade(slot, ref o, in report, ref fill);
            case ExecutionKind.Canceled:
                Finish(slot, ref o, OrderState.Canceled);
                return ReportOutcome.Canceled;
            case ExecutionKind.Replaced:
                return ApplyReplaced(slot, ref o);
            case ExecutionKind.Rejected:
                if (o.Underlying != OrderState.PendingNew)
                {
                    return ReportOutcome.RejectOfLiveOrder;
                }

                o.LastRejectCode = report.RejectCode;
                Finish(slot, ref o, OrderState.Rejected);
                return ReportOutcome.Rejected;
            case ExecutionKind.Expired:
                Finish(slot, ref o, OrderState.Expired);
                return ReportOutcome.Expired;
            case ExecutionKind.DoneForDay:
                Finish(slot, ref o, OrderState.DoneForDay);
                return ReportOutcome.DoneForDay;
            case ExecutionKind.PendingNew:
            case ExecutionKind.PendingCancel:
            case ExecutionKind.PendingReplace:
            case ExecutionKind.Restated:
                return ReportOutcome.Unchanged;
            case ExecutionKind.OrderStatus:
                return ApplyStatus(slot, ref o, in report, ref fill);
            default:
                return ReportOutcome.UnsupportedExecType;
        }
    }

    private bool TryLocate(in OrderReport report, int venue, out int slot)
    {
        if (TryFind(report.ClOrdId, out slot) || TryFind(report.OrigClOrdId, out slot))
        {
            return true;
        }

        return !report.VenueOrderId.IsEmpty && venue >= 0 && TryFindByVenueOrderId(venue, report.VenueOrderId.AsSpan(), out slot);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RememberVenueOrderId(int slot, ref Order o, in VenueOrderId id)
    {
        o.VenueOrderId = id;
        o.VenueOrderHash = VenueOrderHash(o.Venue, o.VenueOrderId.AsSpan());
        _byVenueOrderId.Add(o.VenueOrderHash, slot);
    }

    private static void SetUnderlying(ref Order o, OrderState state)
    {
        if (o.Pending != RequestKind.None)
        {
            o.BaseState = state;
        }
        else
        {
            o.State = state;
            o.BaseState = state;
        }
    }

    private ReportOutcome ApplyTrade(int slot, ref Order o, in OrderReport report, ref OrderFill fill)
    {
        if (!_instruments.TryQuantityMantissa(o.Instrument, report.CumQty, out long cum) || cum < 0)
        {
            return ReportOutcome.BadQuantityOrPrice;
        }

        if (cum <= o.Cum)
        {
            return ReportOutcome.StaleCumQty;
        }

        long price;
        if (report.HasLastPx)
        {
            if (!_instruments.TryPriceMantissa(o.Instrument, report.LastPx, out price) || price <= 0)
            {
                return ReportOutcome.BadQuantityOrPrice;
            }
        }
        else
        {
            price = PriceFromAverage(ref o, cum, report.AvgPx);
        }

        return ApplyFill(slot, ref o, in report, cum, price, ref fill);
    }

    /// <summary>CumQty grew to <paramref name="cum"/> at <paramref name="price"/>: the fill is the difference (authoritative even if a report was missed).</summary>
    private ReportOutcome ApplyFill(int slot, ref Order o, in OrderReport report, long cum, long price, ref OrderFill fill)
    {
        long delta = cum - o.Cum;
        o.Cum = cum;
        o.CumNotional += (double)price * delta;
        fill.Slot = slot;
        fill.Instrument = o.Instrument;
        fill.Venue = o.Venue;
        fill.Side = o.Side;
        fill.Quantity = delta;
        fill.Price = price;
        fill.ClOrdId = o.ClOrdId;
        fill.ExecIdHash = report.ExecIdHash;
        fill.TransactTimeUtcNs = report.TransactTimeUtcNs;
        fill.Liquidity = report.Liquidity;
        fill.HasCommission = report.HasCommission;
        fill.Commission = report.Commission;
        bool over = cum > o.Quantity;
        if (cum >= o.Quantity)
        {
            Finish(slot, ref o, Orders.OrderState.Filled);
        }
        else
        {
            o.Leaves = o.Quantity - cum;
            SetUnderlying(ref o, OrderState.PartiallyFilled);
            UpdateExposure(ref o);
        }

        return over ? ReportOutcome.Overfilled : ReportOutcome.Filled;
    }

    /// <summary>Price of a fill we only know through AvgPx (a missed report, a status answer): what the average implies.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private long PriceFromAverage(ref Order o, long cum, double avgPx)
    {
        ref readonly InstrumentInfo info = ref _instruments[o.Instrument];
        double avgMantissa = avgPx * info.PriceDivisor;
        double implied = (avgMantissa * cum - o.CumNotional) / (cum - o.Cum);
        long price = (long)Math.Round(implied, MidpointRounding.AwayFromZero);
        return price > 0 ? price : (long)Math.Round(avgMantissa, MidpointRounding.AwayFromZero);
    }

    private ReportOutcome ApplyReplaced(int slot, ref Order o)
    {
        if (o.Pending != RequestKind.Replace)
        {
            return ReportOutcome.UnexpectedReplace;
        }

        o.ClOrdId = o.PendingClOrdId;
        o.Price = o.PendingPrice;
        o.Quantity = o.PendingQuantity;
        o.Pending = RequestKind.None;
        o.PendingClOrdId = 0;
        o.StatusRequested = false;
        if (o.Cum >= o.Quantity)
        {
            Finish(slot, ref o, OrderState.Filled);
            return ReportOutcome.Replaced;
        }

        o.Leaves = o.Quantity - o.Cum;
        o.State = o.Cum > 0 ? OrderState.PartiallyFilled : OrderState.New;
        o.BaseState = o.State;
        UpdateExposure(ref o);
        return ReportOutcome.Replaced;
    }

    /// <summary>An OrderStatusRequest answer: catch up on a missed fill, then adopt a reported done state or the ack.</summary>
    private ReportOutcome ApplyStatus(int slot, ref Order o, in OrderReport report, ref OrderFill fill)
    {
        o.StatusRequested = false;
        ReportOutcome outcome = ReportOutcome.Unchanged;
        if (_instruments.TryQuantityMantissa(o.Instrument, report.CumQty, out long cum) && cum > o.Cum)
        {
            outcome = ApplyFill(slot, ref o, in report, cum, PriceFromAverage(ref o, cum, report.AvgPx), ref fill);
            if (OrderStates.IsDone(o.State))
            {
                return outcome;
            }
        }

        switch (report.Status)
        {
            case OrderState.Canceled:
            case OrderState.Expired:
            case OrderState.DoneForDay:
            case OrderState.Filled:
                Finish(slot, ref o, report.Status);
                return outcome == ReportOutcome.Unchanged ? OutcomeOf(report.Status) : outcome;
            case OrderState.Rejected when o.Underlying == OrderState.PendingNew:
                Finish(slot, ref o, OrderState.Rejected);
                return ReportOutcome.Rejected;
            case OrderState.New or OrderState.PartiallyFilled when o.Underlying == OrderState.PendingNew:
                SetUnderlying(ref o, o.Cum > 0 ? OrderState.PartiallyFilled : OrderState.New);
                return outcome == ReportOutcome.Unchanged ? ReportOutcome.Acknowledged : outcome;
            default:
                return outcome;
        }
    }

    private static ReportOutcome OutcomeOf(OrderState done) => done switch
    {
        OrderState.Canceled => ReportOutcome.Canceled,
        OrderState.Expired => ReportOutcome.Expired,
        OrderState.DoneForDay => ReportOutcome.DoneForDay,
        OrderState.Filled => ReportOutcome.Filled,
        _ => ReportOutcome.Unchanged,
    };

    /// <summary>OrderCancelReject or BusinessMessageReject for one of our requests.</summary>
    private ReportOutcome ApplyReject(int slot, ref Order o, in OrderReport report, long nowNs)
    {
        if (OrderStates.IsDone(o.State))
        {
            return ReportOutcome.StaleReject;
        }

        o.LastUpdateNs = nowNs;
        if (report.Kind == OrderReportKind.BusinessReject && report.RejectedRequest == RequestKind.New)
        {
            if (o.Underlying != OrderState.PendingNew || (report.ClOrdId != 0 && report.ClOrdId != o.FirstClOrdId))
            {
                return ReportOutcome.StaleReject;
            }

            o.LastRejectCode = report.RejectCode;
            Finish(slot, ref o, OrderState.Rejected);
            return ReportOutcome.Rejected;
        }

        if (o.Pending == RequestKind.None || (report.ClOrdId != 0 && report.ClOrdId != o.PendingClOrdId))
        {
            return ReportOutcome.StaleReject;
        }

        RequestKind refused = o.Pending;
        o.LastRejectCode = report.RejectCode;
        o.State = o.BaseState;
        o.Pending = RequestKind.None;
        o.PendingClOrdId = 0;
        o.StatusRequested = false;
        UpdateExposure(ref o);
        return refused == RequestKind.Cancel ? ReportOutcome.CancelRejected : ReportOutcome.ReplaceRejected;
    }
}
