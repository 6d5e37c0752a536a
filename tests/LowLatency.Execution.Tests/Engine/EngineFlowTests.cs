using LowLatency.Core.FixedPoint;
using LowLatency.Core.Time;
using LowLatency.Execution.Engine;
using LowLatency.Execution.Metrics;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Risk;
using LowLatency.Execution.Tests.Support;
using LowLatency.Model.Intents;
using LowLatency.Model.MarketData;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Tests.Engine;

public class EngineFlowTests
{
    [Fact]
    public void AHedgeIntentIsSentAcknowledgedFilledAndBookedWithTheListenerToldAtEachStep()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "99.99", "100", "100.01", "100");
        IntentResult result = h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Aggressive);
        Assert.True(result.AllSent);
        SentMessage nos = h.Wire.Last;
        var (child, clOrdId, _) = Assert.Single(h.Events.Sent);
        Assert.Equal(h.IdOf(nos.ClOrdId), clOrdId);
        Assert.Equal(RebalanceReason.DeltaBand, child.Reason);
        Assert.Equal(7, child.PolicyId);

        Assert.Equal(ReportOutcome.Acknowledged, h.Ack(nos));
        Assert.Equal(ReportOutcome.Filled, h.Fill(nos, "4", "100.01", "4"));
        Assert.Equal(ReportOutcome.Filled, h.Fill(nos, "6", "100.00", "10"));
        Assert.Equal([ReportOutcome.Acknowledged, ReportOutcome.Filled, ReportOutcome.Filled], h.Events.Outcomes);

        Assert.Equal(2, h.Events.Fills.Count);
        Assert.Equal(new Quantity(4, 0), h.Events.Fills[0].Position.NetQuantity);
        Assert.Equal(new Quantity(10, 0), h.Events.Fills[1].Position.NetQuantity);
        Assert.Equal([1L, 2L], h.Events.Fills.Select(f => f.Fill.Sequence));
        OrderView order = h.Order(nos);
        Assert.Equal(OrderState.Filled, order.State);
        Assert.Equal(100.004, order.AveragePrice, 9);

        ExecutionMetrics m = h.Engine.Metrics;
        Assert.Equal(1, m.Read(ExecutionCounter.OrdersSent));
        Assert.Equal(1, m.Read(ExecutionCounter.OrdersAcked));
        Assert.Equal(2, m.Read(ExecutionCounter.Fills));
        Assert.Equal(1, m.Read(ExecutionCounter.OrdersFilled));
        Assert.Equal(1.0, m.FillRatio(0));
        Assert.Equal(0, h.Engine.OpenOrderCount);
    }

    [Fact]
    public void TickToOrderLatencyIsMeasuredFromTheDecisionTimestamp()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "99.99", "100", "100.01", "100");
        long decision = MonotonicClock.NowNanoseconds();
        h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Aggressive, decisionNs: decision);
        long latency = h.Events.Sent[^1].Latency;
        Assert.InRange(latency, 0, MonotonicClock.NowNanoseconds() - decision);
        Assert.Equal(1, h.Engine.Metrics.TickToOrder.TotalCount);

        h.Intent(TestSetup.Test, Side.Buy, "11", ExecutionUrgency.Aggressive);
        Assert.Equal(-1, h.Events.Sent[^1].Latency); // no decision timestamp, no sample
        Assert.Equal(1, h.Engine.Metrics.TickToOrder.TotalCount);
    }

    [Fact]
    public void ChildrenOfOneIntentCountEachOtherInRisk()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "99.90", "100", "100.00", "6");
        h.Quote(TestSetup.V2, TestSetup.Test, "99.90", "100", "100.01", "100");
        h.Intent(TestSetup.Test, Side.Buy, "70", ExecutionUrgency.Aggressive);
        foreach (SentMessage nos in h.Wire.OfType("D").ToList())
        {
            h.Fill(nos, nos.OrderQty!.Value.ToString(), nos.Price!.Value.ToString(), nos.OrderQty.Value.ToString());
        }

        Assert.Equal(new Quantity(70, 0), h.Engine.Positions.Get(TestSetup.Test).NetQuantity);
        h.Quote(TestSetup.V1, TestSetup.Test, "99.90", "100", "99.95", "6"); // V1 now best all-in, but only 6

        // 70 held, max 150: 6 on V1 (→ 76) passes, 77 more on V2 would make 153.
        IntentResult result = h.Intent(TestSetup.Test, Side.Buy, "83", ExecutionUrgency.Aggressive);
        Assert.Equal(2, result.Children);
        Assert.Equal(1, result.Sent);
        Assert.Equal(RiskReason.MaxPosition, result.FirstRefusal);
        var (refused, reason) = Assert.Single(h.Events.Refused);
        Assert.Equal(RiskReason.MaxPosition, reason);
        Assert.Equal(TestSetup.V2, refused.Venue);
        Assert.Equal(1, h.Engine.Metrics.Read(RiskReason.MaxPosition));
        Assert.Equal(1, h.Engine.Metrics.Read(1, VenueCounter.RiskRefusals));
    }

    [Fact]
    public void TheReferencePriceIsTheMidOverHealthyVenuesAndMarksPositions()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "99.98", "100", "100.04", "100");
        h.Quote(TestSetup.V2, TestSetup.Test, "99.99", "100", "100.05", "100");
        Assert.Equal(100.015, h.Engine.ReferencePrice(TestSetup.Test), 9); // (99.99 + 100.04) / 2
        h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Aggressive);
        h.Fill(h.Wire.Last, "10", "100.04", "10");
        h.Quote(TestSetup.V1, TestSetup.Test, "100.08", "100", "100.12", "100");
        h.Quote(TestSetup.V2, TestSetup.Test, "100.08", "100", "100.12", "100");
        Assert.Equal(0.6, h.Engine.Positions.Get(TestSetup.Test).UnrealisedPnl, 9); // (mid 100.10 − 100.04) × 10
    }

    [Fact]
    public void MarketDataForAnUnknownVenueOrAtTheWrongScaleIsIgnoredAndCounted()
    {
        var h = new EngineHarness();
        var md = new MarketDataEvent { Instrument = TestSetup.Test, Venue = new Core.Ids.VenueId(99), Kind = MarketDataUpdateKind.Snapshot, PriceScale = 2 };
        h.Engine.OnMarketData(in md, h.Now);
        md.Venue = TestSetup.V1;
        md.PriceScale = 3;
        h.Engine.OnMarketData(in md, h.Now);
        Assert.Equal(2, h.Engine.Metrics.Read(ExecutionCounter.MarketDataIgnored));
        Assert.Equal(0, h.Engine.Metrics.Read(ExecutionCounter.MarketDataUpdates));
    }

    [Fact]
    public void AStaleBookIsCountedOnceByPoll()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "99.99", "100", "100.01", "100");
        h.Advance(1_000_000_001);
        h.Engine.Poll(h.Now);
        h.Advance(5_000_000);
        h.Engine.Poll(h.Now);
        Assert.Equal(1, h.Engine.Metrics.Read(ExecutionCounter.BooksWentStale));
    }

    [Fact]
    public void AChaseTheSessionRefusesIsRetriedOnALaterPoll()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "99.99", "100", "100.01", "100");
        h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Passive);
        h.Wire.SetDown(TestSetup.V1, true);
        h.Advance(h.Engine.Config.Orders.AckTimeoutNs);
        h.Engine.Poll(h.Now);
        Assert.Empty(h.Wire.OfType("H"));
        h.Wire.SetDown(TestSetup.V1, false);
        h.Advance(1_000_000);
        h.Engine.Poll(h.Now);
        Assert.Single(h.Wire.OfType("H"));
    }
}
