using System.Runtime.CompilerServices;
using LowLatency.Core.Ids;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Risk;
using LowLatency.Execution.Routing;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Messages;
using LowLatency.Model.Fills;
using LowLatency.Model.Orders;
using LowLatency.Quant.Greeks;
using LowLatency.Server.Journal;
using LowLatency.Server.Metrics;

namespace LowLatency.Server.Pipeline;

// The execution engine's callbacks (through ServerListener) and the sender's failures.
public sealed partial class DecisionCore
{
    private readonly byte[] _rejectBuffer = new byte[512];
    private readonly FixParser _parser = new();

    /// <summary>A fill: risk book and projected positions together (RebalancingEngine.ApplyFill), fee to cash, journal.</summary>
    internal void OnFill(in FillEvent fill)
    {
        double quantity = fill.Quantity.ToDouble();
        double signed = fill.Side == Side.Buy ? quantity : -quantity;
        if (_rb.ApplyFill(fill.Instrument, signed, fill.Price.ToDouble()) != RiskInputError.None)
        {
            _counters.Increment(ServerCounter.FillsRefusedByBook);
        }
        else if (fill.Fee != 0)
        {
            _book.AdjustCash(-fill.Fee);
        }

        _counters.Increment(ServerCounter.FillsApplied);
        _orders.OnFill(fill.OrderId, signed);
        _fillsSinceDecideAll = true;
        _port.PublishFill(in fill, _now + _utcOffsetNs);
    }

    /// <summary>A child order went to the outbound ring: track its quantity, journal it with the sequence to resume from.</summary>
    internal void OnOrderSent(in ChildOrder child, long clOrdId)
    {
        double contracts = child.Quantity / _quantityDivisor[Engine.Instruments[child.InstrumentIndex].QuantityScale];
        _sentForIntent += contracts;
        _orders.OnSent(clOrdId, child.Instrument, child.Side == Side.Buy ? contracts : -contracts);
        long utc = _now + _utcOffsetNs;
        _journalledSequence = Engine.NextOrderSequence;
        var record = new OrderSentRecord(clOrdId, _journalledSequence, child.Instrument, child.Venue, child.Side, child.Type,
            child.Quantity, child.Price, child.Reason, child.PolicyId, child.DecisionTimestampNs, utc);
        _port.PublishOrderSent(in record, utc);
    }

    /// <summary>After every report: an order that ended hands its unfilled remainder back to the policies.</summary>
    internal void OnOrderEnded(in OrderReport report, ReportOutcome outcome)
    {
        if (outcome is not (ReportOutcome.Canceled or ReportOutcome.Rejected or ReportOutcome.Expired or ReportOutcome.DoneForDay))
        {
            return;
        }

        long id = report.ClOrdId != 0 ? report.ClOrdId : report.OrigClOrdId;
        if (_orders.TryEnd(id, out InstrumentId instrument, out double unfilled) && unfilled != 0)
        {
            _rb.OnOrderDone(instrument, unfilled);
        }
    }

    internal void OnKillSwitch(KillSwitchCause cause, VenueId? venue, bool active)
    {
        long utc = _now + _utcOffsetNs;
        _port.PublishKillSwitch(new KillSwitchRecord(cause, venue?.Value ?? -1, active, utc), utc);
    }

    /// <summary>
    /// Messages the sender stage could not hand to their session are answered as the venue would have: a local
    /// BusinessMessageReject (35=j) for the ClOrdID, mapped and applied like any report, so a new order is rejected
    /// (its quantity returns to the policies) and a cancel is un-pended (and marked again if the venue is down).
    /// </summary>
    private void DrainSendFailures(long now)
    {
        while (_failures.TryDequeue(out SendFailure failure))
        {
            OnSendFailure(in failure, now);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void OnSendFailure(in SendFailure failure, long now)
    {
        if ((uint)failure.VenueIndex >= (uint)Engine.Venues.Count || failure.ClOrdId.IsEmpty)
        {
            return;
        }

        scoped var writer = new FixMessageWriter(_rejectBuffer, "FIX.4.4"u8, FixMsgType.BusinessMessageReject);
        writer.WriteInt(FixTag.RefSeqNum, 0);
        Span<byte> type = [failure.MsgType];
        writer.WriteString(FixTag.RefMsgType, type);
        writer.WriteString(FixTag.BusinessRejectRefID, failure.ClOrdId.AsSpan());
        writer.WriteInt(FixTag.BusinessRejectReason, 0);
        writer.WriteString(FixTag.Text, "not sent: the venue session refused the message"u8);
        if (!writer.TryFinish(out int length) || !_parser.TryParse(_rejectBuffer.AsSpan(0, length), out FixMessage message))
        {
            return;
        }

        VenueId venue = Engine.Venues[failure.VenueIndex].Id;
        if (Engine.ReportMapper.TryMap(in message, venue, now, out OrderReport report) == Execution.Gateways.ReportMapResult.Mapped)
        {
            Engine.OnOrderReport(in report, now);
        }

        if (failure.MsgType == (byte)'F' && !Engine.Health.IsConnected(failure.VenueIndex))
        {
            Engine.CancelAll(now, failure.VenueIndex); // keep wanting the cancel: Poll sends it after the reconnect
        }
    }
}
