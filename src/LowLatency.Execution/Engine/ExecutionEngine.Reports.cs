using System.Runtime.CompilerServices;
using LowLatency.Core.Ids;
using LowLatency.Execution.Gateways;
using LowLatency.Execution.Instruments;
using LowLatency.Execution.Metrics;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Positions;
using LowLatency.Execution.Risk;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Model.Fills;
using LowLatency.Model.MarketData;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Engine;

// Inbound side: venue reports and market data.
public sealed partial class ExecutionEngine<TSink, TListener>
{
    /// <summary>Maps and applies a 35=8/9/j message in one call (when the decision thread parses FIX itself).</summary>
    public ReportOutcome OnExecutionMessage(in FixMessage message, VenueId venue, long nowNs)
    {
        ReportMapResult mapped = ReportMapper.TryMap(in message, venue, nowNs, out OrderReport report);
        if (mapped != ReportMapResult.Mapped)
        {
            Metrics.Increment(ExecutionCounter.ReportMapFailures);
            Metrics.Outcome(ReportOutcome.NotMapped);
            return ReportOutcome.NotMapped;
        }

        return OnOrderReport(in report, nowNs);
    }

    /// <summary>Applies a venue report: order state, fills into positions, kill-switch triggers, metrics, listener.</summary>
    public ReportOutcome OnOrderReport(in OrderReport report, long nowNs)
    {
        Venues.TryGetIndex(report.Venue, out int venue);
        ReportOutcome outcome = _orders.Apply(in report, venue, nowNs, out int slot, out OrderFill fill);
        Metrics.Outcome(outcome);
        switch (outcome)
        {
            case ReportOutcome.Acknowledged:
                Count(ExecutionCounter.OrdersAcked, slot, VenueCounter.OrdersAcked);
                break;
            case ReportOutcome.Filled:
            case ReportOutcome.Overfilled:
                ApplyFill(in fill, nowNs);
                if (outcome == ReportOutcome.Overfilled)
                {
                    Metrics.Increment(ExecutionCounter.Overfills);
                    Trip(KillSwitchCause.Overfill, nowNs);
                }

                break;
            case ReportOutcome.Canceled:
                Count(ExecutionCounter.OrdersCanceled, slot, VenueCounter.OrdersCanceled);
                break;
            case ReportOutcome.Rejected:
                Count(ExecutionCounter.OrdersRejected, slot, VenueCounter.OrdersRejected);
                Metrics.VenueRejectCode(report.RejectCode);
                RecordReject(nowNs);
                break;
            case ReportOutcome.Expired:
            case ReportOutcome.DoneForDay:
                Metrics.Increment(ExecutionCounter.OrdersExpired);
                break;
            case ReportOutcome.CancelRejected:
            case ReportOutcome.ReplaceRejected:
                OnCancelRejected(slot, in report, outcome, nowNs);
                break;
            case ReportOutcome.DuplicateExecId:
                Metrics.Increment(ExecutionCounter.DuplicateReports);
                break;
            case ReportOutcome.StaleCumQty:
            case ReportOutcome.StaleReject:
                Metrics.Increment(ExecutionCounter.StaleReports);
                break;
            case >= ReportOutcome.UnknownOrder:
                Metrics.Increment(ExecutionCounter.RefusedReports);
                break;
        }

        if (slot >= 0)
        {
            RetryWantedCancel(slot, nowNs);
        }

        Listener.OnOrderReport(in report, outcome);
        return outcome;
    }

    /// <summary>Updates the router's book for the venue and the instrument's reference price (collar, exposure, marks).</summary>
    public void OnMarketData(in MarketDataEvent md, long nowNs)
    {
        if (!Instruments.TryGetIndex(md.Instrument, out int instrument) || !Venues.TryGetIndex(md.Venue, out int venue) ||
            (md.Kind != MarketDataUpdateKind.BookCleared &&
             (md.PriceScale != Instruments[instrument].PriceScale || md.QuantityScale != Instruments[instrument].QuantityScale)))
        {
            Metrics.Increment(ExecutionCounter.MarketDataIgnored);
            return;
        }

        _books.Apply(instrument, venue, in md, nowNs);
        double reference = _books.ReferencePrice(instrument, nowNs);
        if (reference > 0)
        {
            _risk.SetReference(instrument, reference);
            Positions.Mark(instrument, reference / Instruments[instrument].PriceDivisor);
        }

        Metrics.Increment(ExecutionCounter.MarketDataUpdates);
    }

    private void ApplyFill(in OrderFill fill, long nowNs)
    {
        ref readonly InstrumentInfo info = ref Instruments[fill.Instrument];
        double fee = fill.HasCommission ? fill.Commission : Fee(in info, in fill);
        long sequence = ++_fillSequence;
        Positions.Apply(fill.Instrument, fill.Venue, fill.Side, fill.Quantity, fill.Price, fee, sequence);
        if (_risk.Reference(fill.Instrument) <= 0)
        {
            _risk.SetReference(fill.Instrument, fill.Price); // no market yet: the fill is the best reference we have
        }

        Metrics.Increment(ExecutionCounter.Fills);
        Metrics.Increment(fill.Venue, VenueCounter.Fills);
        if (_orders.At(fill.Slot).State == OrderState.Filled)
        {
            Metrics.Increment(ExecutionCounter.OrdersFilled);
            Metrics.Increment(fill.Venue, VenueCounter.OrdersFilled);
        }

        var fillEvent = new FillEvent
        {
            Sequence = sequence,
            Instrument = info.Id,
            Venue = Venues[fill.Venue].Id,
            Side = fill.Side,
            Quantity = info.ToQuantity(fill.Quantity),
            Price = info.ToPrice(fill.Price),
            Fee = fee,
            Liquidity = fill.Liquidity,
            OrderId = fill.ClOrdId,
            ExecIdHash = fill.ExecIdHash,
            TransactTimeUtcNs = fill.TransactTimeUtcNs,
            ReceiveTimestampNs = nowNs,
        };
        PositionSnapshot position = Positions.Snapshot(fill.Instrument);
        Listener.OnFill(in fillEvent, in position);
    }

    /// <summary>Fee from the venue's schedule when the report carried no Commission(12): notional × maker/taker rate.</summary>
    private double Fee(in InstrumentInfo info, in OrderFill fill)
    {
        ref readonly VenueInfo venue = ref Venues[fill.Venue];
        double rate = fill.Liquidity switch
        {
            LiquidityIndicator.Maker => venue.MakerFeeRate,
            LiquidityIndicator.Taker => venue.TakerFeeRate,
            _ => 0,
        };
        return rate == 0 ? 0 : info.Notional(fill.Quantity, fill.Price) * rate;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void OnCancelRejected(int slot, in OrderReport report, ReportOutcome outcome, long nowNs)
    {
        Count(outcome == ReportOutcome.CancelRejected ? ExecutionCounter.CancelRejects : ExecutionCounter.ReplaceRejects, slot, VenueCounter.CancelRejects);
        ref Order o = ref _orders.At(slot);
        o.CancelWanted = false; // no retry storm: a refused cancel is reconciled by a status request instead
        if (report.RejectCode == Fix.Messages.Values.FixCxlRejReason.UnknownOrder && _messages.TrySendStatusRequest(ref Sink, ref o))
        {
            Metrics.Increment(ExecutionCounter.StatusRequests);
        }

        RecordReject(nowNs);
    }

    private void RecordReject(long nowNs)
    {
        if (KillSwitch.RecordReject(nowNs))
        {
            OnTripped(KillSwitchCause.RejectStorm, nowNs);
        }
    }

    /// <summary>Engine counter plus the venue counter of the order at <paramref name="slot"/>.</summary>
    private void Count(ExecutionCounter counter, int slot, VenueCounter venueCounter)
    {
        Metrics.Increment(counter);
        if (slot >= 0)
        {
            Metrics.Increment(_orders.At(slot).Venue, venueCounter);
        }
    }
}
