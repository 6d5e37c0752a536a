using LowLatency.Core.FixedPoint;
using LowLatency.Execution.Gateways;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Tests.Support;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Values;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Messages.Values;
using LowLatency.Model.Intents;
using LowLatency.Model.MarketData;
using LowLatency.Model.Orders;
using LowLatency.Testing;

namespace LowLatency.Execution.Tests.Engine;

// The brief: no allocation after warm-up on the hot path. Each test drives the real components (router, risk, order
// table, FIX encoder into the recording sink, FIX parser and mappers) in a steady-state loop and measures the
// bytes allocated on this thread.
public class ZeroAllocationTests
{
    private static EngineHarness QuietHarness()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "99.99", "1000", "100.01", "1000");
        h.Quote(TestSetup.V2, TestSetup.Test, "99.98", "1000", "100.02", "1000");
        h.Wire.Capture = false;
        h.Events.Capture = false;
        return h;
    }

    private static HedgeIntent Intent(Side side, ExecutionUrgency urgency) => new()
    {
        Instrument = TestSetup.Test,
        Side = side,
        Quantity = new Quantity(5, 0),
        Urgency = urgency,
        Reason = RebalanceReason.DeltaBand,
        DecisionTimestampNs = 1,
    };

    [Fact]
    public void IntentRiskRouteAndEncodeAllocateNothingAfterWarmUp()
    {
        EngineHarness h = QuietHarness();
        HedgeIntent buy = Intent(Side.Buy, ExecutionUrgency.Aggressive);
        HedgeIntent sell = Intent(Side.Sell, ExecutionUrgency.Passive);
        long now = h.Now;
        long step = 0;
        long sentBefore = h.Wire.SendCount;
        long bytes = Allocations.MeasureSteadyState(() =>
        {
            now += 20_000;
            step++;
            var result = h.Engine.OnHedgeIntent(in (step & 1) == 0 ? ref buy : ref sell, now);
            if (result.Sent != 1)
            {
                throw new InvalidOperationException("intent not sent: " + result.Route + " " + result.FirstRefusal);
            }

            var cancelled = new OrderReport
            {
                Kind = OrderReportKind.Execution,
                Venue = TestSetup.V1,
                ExecType = ExecutionKind.Canceled,
                ClOrdId = h.Events.LastClOrdId,
                ExecIdHash = (ulong)step,
            };
            h.Engine.OnOrderReport(in cancelled, now);
        });
        Assert.Equal(0, bytes);
        Assert.True(h.Wire.SendCount - sentBefore >= 2_000);
        Assert.Equal(0, h.Engine.OpenOrderCount);
    }

    [Fact]
    public void ExecutionReportsAreParsedMappedAndAppliedWithoutAllocating()
    {
        EngineHarness h = QuietHarness();
        HedgeIntent buy = Intent(Side.Buy, ExecutionUrgency.Aggressive);
        HedgeIntent sell = Intent(Side.Sell, ExecutionUrgency.Aggressive);
        var encoder = new FixMessageEncoder("VENUE1", "ENGINE", TimestampPrecision.Nanoseconds);
        var parser = new FixParser();
        byte[] frame = new byte[1024];
        byte[] clOrdId = new byte[32];
        byte[] execId = new byte[24];
        long now = h.Now;
        int seq = 0;
        long step = 0;
        long bytes = Allocations.MeasureSteadyState(() =>
        {
            now += 20_000;
            step++;
            bool isBuy = (step & 1) == 0;
            h.Engine.OnHedgeIntent(in isBuy ? ref buy : ref sell, now);
            int idLength = h.Engine.FormatClOrdId(h.Events.LastClOrdId, clOrdId);
            execId[0] = (byte)'E';
            int execLength = 1 + FixNumber.Write(step, execId.AsSpan(1));
            var report = new ExecutionReport
            {
                OrderId = "X1"u8,
                ClOrdId = clOrdId.AsSpan(0, idLength),
                ExecId = execId.AsSpan(0, execLength),
                ExecType = FixExecType.Trade,
                OrdStatus = FixOrdStatus.Filled,
                Symbol = "TEST"u8,
                Side = isBuy ? FixSide.Buy : FixSide.Sell,
                LastQty = new Quantity(5, 0),
                LastPx = new Price(isBuy ? 10_001 : 9_999, 2),
                LeavesQty = new Quantity(0, 0),
                CumQty = new Quantity(5, 0),
                AvgPx = new Price(10_000, 2),
            };
            if (!encoder.TryEncode(frame, ++seq, 1_767_603_600_000_000_000, in report, out int length) ||
                !parser.TryParse(frame.AsSpan(0, length), out FixMessage message) ||
                h.Engine.OnExecutionMessage(in message, TestSetup.V1, now) != ReportOutcome.Filled)
            {
                throw new InvalidOperationException("fill not applied");
            }
        });
        Assert.Equal(0, bytes);
        Assert.True(h.Events.FillCount >= 2_000);
        Assert.True(h.Engine.Positions.Get(TestSetup.Test).NetQuantity.Mantissa is 0 or 5 or -5);
    }

    [Fact]
    public void MarketDataIsMappedIntoTheSlotAndAppliedWithoutAllocating()
    {
        EngineHarness h = QuietHarness();
        MarketDataMapper mapper = h.Mapper(TestSetup.V1);
        var encoder = new FixMessageEncoder("VENUE1", "ENGINE");
        byte[][] frames = new byte[2][];
        for (int f = 0; f < 2; f++)
        {
            MarketDataEntry[] entries =
            [
                new() { UpdateAction = FixMDUpdateAction.Change, EntryType = FixMDEntryType.Bid, Price = new Price(9_999, 2), Size = new Quantity(500 + f, 0) },
                new() { UpdateAction = FixMDUpdateAction.Change, EntryType = FixMDEntryType.Offer, Price = new Price(10_001, 2), Size = new Quantity(700 - f, 0) },
                new() { UpdateAction = FixMDUpdateAction.New, EntryType = FixMDEntryType.Trade, Price = new Price(10_001, 2), Size = new Quantity(3, 0) },
            ];
            var body = new MarketDataIncrementalRefresh { MdReqId = "MD0"u8, Symbol = "TEST"u8, Entries = entries };
            byte[] buffer = new byte[512];
            Assert.True(encoder.TryEncode(buffer, f + 1, 1_767_603_600_000_000_000, in body, out int length));
            frames[f] = buffer.AsSpan(0, length).ToArray();
        }

        var parser = new FixParser();
        var slot = default(MarketDataEvent);
        long now = h.Now;
        int i = 0;
        long bytes = Allocations.MeasureSteadyState(() =>
        {
            now += 1_000;
            if (!parser.TryParse(frames[i++ & 1], out FixMessage message) || mapper.TryMap(in message, now, ref slot) != MarketDataMapResult.Mapped)
            {
                throw new InvalidOperationException("not mapped");
            }

            h.Engine.OnMarketData(in slot, now);
        });
        Assert.Equal(0, bytes);
        Assert.Equal(10_001, slot.LastTradePrice);
    }

    [Fact]
    public void PollWithOpenOrdersAllocatesNothing()
    {
        EngineHarness h = QuietHarness();
        for (int i = 0; i < 20; i++)
        {
            // distinct quantities (no duplicates), both sides (worst cases stay under the position limit)
            HedgeIntent passive = Intent(i % 2 == 0 ? Side.Buy : Side.Sell, ExecutionUrgency.Passive) with { Quantity = new Quantity(2 + i, 0) };
            Assert.Equal(1, h.Engine.OnHedgeIntent(in passive, h.Now).Sent);
        }

        long now = h.Now;
        long bytes = Allocations.MeasureSteadyState(() =>
        {
            now += 500_000;
            h.Engine.Poll(now);
        });
        Assert.Equal(0, bytes);
        Assert.Equal(20, h.Engine.OpenOrderCount);
    }
}
