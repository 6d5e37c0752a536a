using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Execution.Config;
using LowLatency.Execution.Gateways;
using LowLatency.Execution.Metrics;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Tests.Support;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Messages.Session;
using LowLatency.Fix.Messages.Values;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;
using LowLatency.Testing.Fix;

namespace LowLatency.Execution.Tests.Gateways;

public class OrderGatewayRoundTripTests
{
    private static EngineHarness Harness(string account = "")
    {
        var h = new EngineHarness(TestSetup.Config(orders: new OrderSettings { Capacity = 256, ClOrdIdPrefix = "T-", Account = account }));
        h.Quote(TestSetup.V1, TestSetup.Btc, "49999.5", "5", "50000.0", "5");
        h.Quote(TestSetup.V1, TestSetup.Test, "99.99", "500", "100.01", "500");
        return h;
    }

    [Fact]
    public void ANewOrderSingleCarriesTheInstrumentsSymbolScalesAndOurClOrdId()
    {
        EngineHarness h = Harness(account: "ACC-7");
        h.Intent(TestSetup.Btc, Side.Buy, "0.015", ExecutionUrgency.Aggressive);
        SentMessage nos = h.Wire.Last;
        Assert.Equal("D", nos.MsgType);
        Assert.Equal(TestSetup.V1, nos.Venue);
        Assert.Equal("BTC-PERP", nos.Symbol);
        Assert.Equal(FixSide.Buy, nos.Side);
        Assert.Equal("0.015", nos.OrderQty!.Value.ToString()); // quantity scale 3
        Assert.Equal("50000.0", nos.Price!.Value.ToString()); // price scale 1
        Assert.Equal(FixOrdType.Limit, nos.OrdType);
        Assert.Equal(FixTimeInForce.ImmediateOrCancel, nos.TimeInForce);
        Assert.Equal("ACC-7", nos.Account);
        Assert.Equal(h.Clock.UtcEpochNanoseconds(), nos.TransactTimeNanos);
        Assert.StartsWith("T-", nos.ClOrdId, StringComparison.Ordinal);
        Assert.Equal(h.Events.Sent[^1].ClOrdId, h.IdOf(nos.ClOrdId));
        Span<byte> formatted = stackalloc byte[32];
        int length = h.Engine.FormatClOrdId(h.IdOf(nos.ClOrdId), formatted);
        Assert.Equal(nos.ClOrdId, Encoding.ASCII.GetString(formatted[..length]));
    }

    [Fact]
    public void ACancelNamesTheOrderByOrigClOrdIdAndTheVenueOrderId()
    {
        EngineHarness h = Harness();
        h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Passive);
        SentMessage nos = h.Wire.Last;
        h.Ack(nos);
        Assert.Equal(OrderRequestResult.Accepted, h.Engine.RequestCancel(h.IdOf(nos.ClOrdId), h.Now));
        SentMessage cancel = h.Wire.Last;
        Assert.Equal("F", cancel.MsgType);
        Assert.Equal(nos.ClOrdId, cancel.OrigClOrdId);
        Assert.NotEqual(nos.ClOrdId, cancel.ClOrdId);
        Assert.Equal("X" + h.IdOf(nos.ClOrdId), cancel.OrderId);
        Assert.Equal("TEST", cancel.Symbol);
        Assert.Equal("10", cancel.OrderQty!.Value.ToString());
        Assert.Equal(OrderState.PendingCancel, h.Order(nos).State);
        Assert.Equal(ReportOutcome.Canceled, h.Canceled(cancel));
        Assert.Equal(OrderState.Canceled, h.Order(nos).State);
    }

    [Fact]
    public void AReplaceSendsTheNewTermsAndLaterRequestsReferToTheReplacedId()
    {
        EngineHarness h = Harness();
        h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Passive);
        SentMessage nos = h.Wire.Last;
        h.Ack(nos);
        Assert.Equal(OrderRequestResult.Accepted, h.Engine.RequestReplace(h.IdOf(nos.ClOrdId), Price.Parse("99.95", 2), new Quantity(12, 0), h.Now));
        SentMessage replace = h.Wire.Last;
        Assert.Equal("G", replace.MsgType);
        Assert.Equal(nos.ClOrdId, replace.OrigClOrdId);
        Assert.Equal("99.95", replace.Price!.Value.ToString());
        Assert.Equal("12", replace.OrderQty!.Value.ToString());
        Assert.Equal(ReportOutcome.Replaced, h.Replaced(replace));

        OrderView order = h.Order(nos);
        Assert.Equal(h.IdOf(replace.ClOrdId), order.ClOrdId);
        Assert.Equal(new Quantity(12, 0), order.Quantity);
        h.Engine.RequestCancel(order.ClOrdId, h.Now);
        Assert.Equal(replace.ClOrdId, h.Wire.Last.OrigClOrdId);
    }

    [Fact]
    public void ACancelRejectRestoresTheOrderAndAnUnknownOrderRejectAsksForItsStatus()
    {
        EngineHarness h = Harness();
        h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Passive);
        SentMessage nos = h.Wire.Last;
        h.Ack(nos);
        h.Engine.RequestCancel(h.IdOf(nos.ClOrdId), h.Now);
        Assert.Equal(ReportOutcome.CancelRejected, h.CancelReject(h.Wire.Last, FixCxlRejReason.TooLateToCancel));
        Assert.Equal(OrderState.New, h.Order(nos).State);
        Assert.Empty(h.Wire.OfType("H"));

        h.Engine.RequestCancel(h.IdOf(nos.ClOrdId), h.Now);
        Assert.Equal(ReportOutcome.CancelRejected, h.CancelReject(h.Wire.Last, FixCxlRejReason.UnknownOrder));
        SentMessage status = Assert.Single(h.Wire.OfType("H"));
        Assert.Equal(nos.ClOrdId, status.ClOrdId);
        Assert.Equal(2, h.Engine.Metrics.Read(ExecutionCounter.CancelRejects));
    }

    [Fact]
    public void CommissionAndLiquidityFromTheReportReachTheFillAndPositions()
    {
        EngineHarness h = Harness();
        h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Aggressive);
        SentMessage nos = h.Wire.Last;
        Assert.Equal(ReportOutcome.Filled, h.Fill(nos, "4", "100.01", "4", commission: "0.1234", liquidity: 2));
        var (fill, position) = h.Events.Fills[^1];
        Assert.Equal(0.1234, fill.Fee);
        Assert.Equal(LiquidityIndicator.Taker, fill.Liquidity);
        Assert.Equal(new Quantity(4, 0), fill.Quantity);
        Assert.Equal(Price.Parse("100.01", 2), fill.Price);
        Assert.Equal(TestSetup.V1, fill.Venue);
        Assert.Equal(h.IdOf(nos.ClOrdId), fill.OrderId);
        Assert.Equal(h.Wire.UtcNow, fill.TransactTimeUtcNs);
        Assert.Equal(new Quantity(4, 0), position.NetQuantity);
        Assert.Equal(0.1234, position.Fees);
    }

    [Fact]
    public void WithoutCommissionTheFeeComesFromTheVenueSchedule()
    {
        EngineHarness h = Harness();
        h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Aggressive);
        h.Fill(h.Wire.Last, "10", "100.00", "10", liquidity: 2); // V1 taker 5 bp of 1,000.00
        Assert.Equal(0.5, h.Events.Fills[^1].Fill.Fee, 12);
    }

    [Fact]
    public void APossDupResendOfAFillIsNotBookedTwice()
    {
        EngineHarness h = Harness();
        h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Aggressive);
        SentMessage nos = h.Wire.Last;
        Assert.Equal(ReportOutcome.Filled, h.Fill(nos, "4", "100.01", "4", execId: "EX-1"));
        Assert.Equal(ReportOutcome.DuplicateExecId, h.Fill(nos, "4", "100.01", "4", execId: "EX-1", possDup: true));
        Assert.Equal(new Quantity(4, 0), h.Engine.Positions.Get(TestSetup.Test).NetQuantity);
        Assert.Equal(1, h.Engine.Metrics.Read(ExecutionCounter.DuplicateReports));
    }

    [Fact]
    public void ABusinessRejectOfOurNewOrderRejectsIt()
    {
        EngineHarness h = Harness();
        h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Passive);
        SentMessage nos = h.Wire.Last;
        var body = new BusinessMessageReject
        {
            RefSeqNum = 3,
            RefMsgType = "D"u8,
            BusinessRejectRefId = Encoding.ASCII.GetBytes(nos.ClOrdId),
            Reason = BusinessRejectReason.ApplicationNotAvailable,
            Text = "down"u8,
        };
        Assert.Equal(ReportOutcome.Rejected, h.DeliverOrderMessage(TestSetup.V1, h.Encode(TestSetup.V1, in body)));
        Assert.Equal(OrderState.Rejected, h.Order(nos).State);
    }

    [Fact]
    public void ReportsThatAreNotOursOrMalformedAreCountedNotApplied()
    {
        EngineHarness h = Harness();
        h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Passive);
        SentMessage nos = h.Wire.Last;
        SentMessage foreign = nos with { ClOrdId = "OTHER-1", OrigClOrdId = "T-999999" };
        Assert.Equal(ReportOutcome.UnknownOrder, h.Ack(foreign));

        byte[] missingExecId = FixMessageBuilder.Valid(FixFixtures.Header("8") + $"|37=X1|11={nos.ClOrdId}|150=0|39=0|55=TEST|54=1|151=10|14=0|6=0");
        Assert.Equal(ReportOutcome.NotMapped, h.DeliverOrderMessage(TestSetup.V1, missingExecId));
        Assert.Equal(1, h.Engine.Metrics.Read(ExecutionCounter.ReportMapFailures));
        Assert.Equal(OrderState.PendingNew, h.Order(nos).State);
    }

    [Fact]
    public void TheReportMapperReadsEveryFieldTheEngineNeeds()
    {
        var mapper = new FixOrderReportMapper("T-");
        byte[] frame = FixMessageBuilder.Valid(FixFixtures.Header("8") +
            "|43=Y|122=20260105-08:59:59.000|37=V-77|11=T-1234|41=T-1200|17=EX-9|150=F|39=1|55=TEST|54=2|38=10|44=100.5|32=3|31=100.25|151=7|14=3|6=100.25|12=0.75|851=1");
        var parser = new FixParser();
        Assert.True(parser.TryParse(frame, out FixMessage message));
        Assert.Equal(ReportMapResult.Mapped, mapper.TryMap(in message, TestSetup.V2, 77, out OrderReport r));
        Assert.Equal(OrderReportKind.Execution, r.Kind);
        Assert.Equal(ExecutionKind.Trade, r.ExecType);
        Assert.Equal(OrderState.PartiallyFilled, r.Status);
        Assert.True(r.PossDup);
        Assert.Equal(1234, r.ClOrdId);
        Assert.Equal(1200, r.OrigClOrdId);
        Assert.Equal("V-77", r.VenueOrderId.ToString());
        Assert.Equal(Side.Sell, r.Side);
        Assert.Equal(Quantity.Parse("3", 0), r.LastQty);
        Assert.Equal(Price.Parse("100.25", 2), r.LastPx);
        Assert.Equal(Quantity.Parse("3", 0), r.CumQty);
        Assert.Equal(0.75, r.Commission);
        Assert.True(r.HasCommission);
        Assert.Equal(LiquidityIndicator.Maker, r.Liquidity);
        Assert.Equal(77, r.ReceiveTimestampNs);
        Assert.NotEqual(0UL, r.ExecIdHash);

        // The same ExecID from another venue is another execution.
        Assert.Equal(ReportMapResult.Mapped, mapper.TryMap(in message, TestSetup.V1, 77, out OrderReport other));
        Assert.NotEqual(r.ExecIdHash, other.ExecIdHash);
    }

    [Fact]
    public void AnUnansweredRequestIsChasedWithOneStatusRequestAfterTheAckTimeout()
    {
        EngineHarness h = Harness();
        h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Passive);
        SentMessage nos = h.Wire.Last;
        long timeout = h.Engine.Config.Orders.AckTimeoutNs;
        h.Advance(timeout - 1);
        h.Engine.Poll(h.Now);
        Assert.Empty(h.Wire.OfType("H"));
        h.Advance(1);
        h.Engine.Poll(h.Now);
        SentMessage status = Assert.Single(h.Wire.OfType("H"));
        Assert.Equal(nos.ClOrdId, status.ClOrdId);
        h.Advance(timeout * 3);
        h.Engine.Poll(h.Now);
        Assert.Single(h.Wire.OfType("H"));

        // The answer acknowledges the order.
        Assert.Equal(ReportOutcome.Acknowledged, h.Report(nos, FixExecType.OrderStatus, FixOrdStatus.New, "0", "10"));
        Assert.Equal(OrderState.New, h.Order(nos).State);
    }

    [Fact]
    public void WhenTheSessionRefusesTheNewOrderItIsRejectedLocallyAndFreesItsExposure()
    {
        EngineHarness h = Harness();
        h.Wire.SetDown(TestSetup.V1, true);
        var result = h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Aggressive);
        Assert.Equal(0, result.Sent);
        Assert.Equal(0, h.Engine.OpenOrderCount);
        Assert.Equal(1, h.Engine.Metrics.Read(ExecutionCounter.SendFailures));
        Assert.Equal(0.0, h.Engine.GrossExposure());
    }
}
