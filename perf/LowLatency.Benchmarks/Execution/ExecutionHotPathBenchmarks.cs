using BenchmarkDotNet.Attributes;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Execution.Gateways;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Risk;
using LowLatency.Execution.Routing;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Values;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Messages.Values;
using LowLatency.Model.Intents;
using LowLatency.Model.MarketData;
using LowLatency.Model.Orders;

namespace LowLatency.Benchmarks.Execution;

/// <summary>
/// The execution stage per child order (DESIGN.md budget: policy + risk + route ≤ 300 ns, encode NewOrderSingle
/// ≤ 150 ns; 0 B). Baseline: route + risk for a one-child intent. The full engine paths close their order again
/// within the operation (an unsolicited-cancel report), so the state is the same every invocation.
/// </summary>
public class ExecutionHotPathBenchmarks
{
    private const int Batch = 16;

    private ExecutionBench _bench = null!;
    private HedgeIntent _buy;
    private HedgeIntent _sell;
    private HedgeIntent _split;
    private ChildOrder[] _children = null!;
    private int _restingSlot;
    private long _step;
    private FixMessageEncoder _venueEncoder = null!;
    private FixParser _parser = null!;
    private byte[] _frame = null!;
    private byte[] _clOrdId = null!;
    private byte[] _execId = null!;
    private byte[] _orderId = null!;
    private byte[][] _marketData = null!;
    private MarketDataMapper _mapper = null!;
    private MarketDataEvent _slot;

    [GlobalSetup]
    public void Setup()
    {
        _bench = new ExecutionBench();
        _buy = ExecutionBench.Intent(Side.Buy, "1");
        _sell = ExecutionBench.Intent(Side.Sell, "1");
        _split = ExecutionBench.Intent(Side.Buy, "5"); // sweeps levels on all three venues
        _children = new ChildOrder[_bench.Engine.Router.MaxChildren];
        IntentIsRoutable(in _buy);

        // A resting order to encode again and again (encoding does not change it).
        HedgeIntent passive = ExecutionBench.RestingIntent();
        _bench.Engine.OnHedgeIntent(in passive, _bench.Now);
        Assert(_bench.Engine.Orders.TryFind(_bench.Last.ClOrdId, out _restingSlot), "no resting order");

        _venueEncoder = new FixMessageEncoder("VENUE1", "ENGINE", TimestampPrecision.Microseconds);
        _parser = new FixParser();
        _frame = new byte[1024];
        _clOrdId = new byte[32];
        _execId = new byte[24];
        _orderId = new byte[24];
        _mapper = _bench.Engine.CreateMarketDataMapper(new VenueId(1));
        _marketData = MarketDataFrames();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public RiskReason RouteAndRisk()
    {
        RiskReason reason = RiskReason.Passed;
        for (int i = 0; i < Batch; i++)
        {
            _bench.Engine.Router.Route(in _buy, _bench.Now, _children);
            reason = _bench.Engine.Risk.Check(in _children[0], _bench.Now);
        }

        return reason;
    }

    /// <summary>Route + risk for an intent split into three children (per intent; divide by 3 per child).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public RiskReason RouteAndRiskThreeChildren()
    {
        RiskReason reason = RiskReason.Passed;
        for (int i = 0; i < Batch; i++)
        {
            RouteResult route = _bench.Engine.Router.Route(in _split, _bench.Now, _children);
            for (int c = 0; c < route.ChildCount; c++)
            {
                reason = _bench.Engine.Risk.Check(in _children[c], _bench.Now);
            }
        }

        return reason;
    }

    /// <summary>NewOrderSingle body → whole FIX message (header, body, checksum) in the sink's buffer.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public bool EncodeNewOrderSingle()
    {
        bool ok = true;
        ref Order order = ref _bench.Engine.Orders.At(_restingSlot);
        for (int i = 0; i < Batch; i++)
        {
            ok &= _bench.Engine.Messages.TrySendNew(ref _bench.Engine.Sink, ref order, 1_767_603_600_000_000_000);
        }

        return ok;
    }

    /// <summary>The engine's whole hot path for a one-child intent (route, risk, order slot, encode) plus closing the order.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int IntentToEncodedOrderThenCancelReport()
    {
        int sent = 0;
        for (int i = 0; i < Batch; i++)
        {
            _bench.Now += 20_000;
            sent += _bench.Engine.OnHedgeIntent(in (++_step & 1) == 0 ? ref _buy : ref _sell, _bench.Now).Sent;
            _bench.CancelLast(_step);
        }

        return sent;
    }

    /// <summary>Intent → encoded order, then the venue's fill: ER encoded, parsed, mapped and applied to order and positions.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int IntentThenFillReportParsedAndApplied()
    {
        int filled = 0;
        for (int i = 0; i < Batch; i++)
        {
            _bench.Now += 20_000;
            bool buy = (++_step & 1) == 0;
            _bench.Engine.OnHedgeIntent(in buy ? ref _buy : ref _sell, _bench.Now);
            int length = EncodeFill(buy);
            _parser.TryParse(_frame.AsSpan(0, length), out FixMessage message);
            filled += _bench.Engine.OnExecutionMessage(in message, new VenueId(1), _bench.Now) == ReportOutcome.Filled ? 1 : 0;
        }

        return filled;
    }

    /// <summary>35=X with three entries: parse, map into the ring slot (depth book, top five), apply to the router's book.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public MarketDataMapResult IncrementalParsedMappedAndApplied()
    {
        MarketDataMapResult result = MarketDataMapResult.Mapped;
        for (int i = 0; i < Batch; i++)
        {
            _parser.TryParse(_marketData[(int)(++_step & 1)], out FixMessage message);
            result = _mapper.TryMap(in message, _bench.Now, ref _slot);
            _bench.Engine.OnMarketData(in _slot, _bench.Now);
        }

        return result;
    }

    private int EncodeFill(bool buy)
    {
        int idLength = _bench.Engine.FormatClOrdId(_bench.Last.ClOrdId, _clOrdId);
        _execId[0] = (byte)'E';
        int execLength = 1 + FixNumber.Write(_step, _execId.AsSpan(1));
        _orderId[0] = (byte)'X';
        int orderIdLength = 1 + FixNumber.Write(_step, _orderId.AsSpan(1));
        var report = new ExecutionReport
        {
            OrderId = _orderId.AsSpan(0, orderIdLength),
            ClOrdId = _clOrdId.AsSpan(0, idLength),
            ExecId = _execId.AsSpan(0, execLength),
            ExecType = FixExecType.Trade,
            OrdStatus = FixOrdStatus.Filled,
            Symbol = "BTC-PERP"u8,
            Side = buy ? FixSide.Buy : FixSide.Sell,
            LastQty = Quantity.Parse("1", 3),
            LastPx = new Price(buy ? 500_010 : 499_995, 1),
            LeavesQty = new Quantity(0, 3),
            CumQty = Quantity.Parse("1", 3),
            AvgPx = new Price(500_000, 1),
        };
        _venueEncoder.TryEncode(_frame, (int)_step, 1_767_603_600_000_000_000, in report, out int length);
        return length;
    }

    private byte[][] MarketDataFrames()
    {
        var frames = new byte[2][];
        for (int f = 0; f < 2; f++)
        {
            var snapshotEntries = new MarketDataEntry[10];
            for (int l = 0; l < 5; l++)
            {
                snapshotEntries[l] = new MarketDataEntry { EntryType = FixMDEntryType.Bid, Price = new Price(500_000 - (l * 5), 1), Size = Quantity.Parse("2", 3) };
                snapshotEntries[5 + l] = new MarketDataEntry { EntryType = FixMDEntryType.Offer, Price = new Price(500_005 + (l * 5), 1), Size = Quantity.Parse("2", 3) };
            }

            var snapshot = new MarketDataSnapshotFullRefresh { MdReqId = "MD0"u8, Symbol = "BTC-PERP"u8, Entries = snapshotEntries };
            _venueEncoder.TryEncode(_frame, 1, 1_767_603_600_000_000_000, in snapshot, out int snapLength);
            _parser.TryParse(_frame.AsSpan(0, snapLength), out FixMessage snapMessage);
            Assert(_mapper.TryMap(in snapMessage, _bench.Now, ref _slot) == MarketDataMapResult.Mapped, "snapshot not mapped");

            MarketDataEntry[] entries =
            [
                new() { UpdateAction = FixMDUpdateAction.Change, EntryType = FixMDEntryType.Bid, Price = new Price(500_000, 1), Size = Quantity.Parse(f == 0 ? "3" : "2", 3) },
                new() { UpdateAction = FixMDUpdateAction.Change, EntryType = FixMDEntryType.Offer, Price = new Price(500_005, 1), Size = Quantity.Parse(f == 0 ? "1.5" : "2", 3) },
                new() { UpdateAction = FixMDUpdateAction.New, EntryType = FixMDEntryType.Trade, Price = new Price(500_005, 1), Size = Quantity.Parse("0.5", 3) },
            ];
            var body = new MarketDataIncrementalRefresh { MdReqId = "MD0"u8, Symbol = "BTC-PERP"u8, Entries = entries };
            _venueEncoder.TryEncode(_frame, f + 2, 1_767_603_600_000_000_000, in body, out int length);
            frames[f] = _frame.AsSpan(0, length).ToArray();
        }

        return frames;
    }

    private void IntentIsRoutable(in HedgeIntent intent)
    {
        RouteResult route = _bench.Engine.Router.Route(in intent, _bench.Now, _children);
        Assert(route.ChildCount == 1 && _bench.Engine.Risk.Check(in _children[0], _bench.Now) == RiskReason.Passed, $"set-up broken: {route}");
    }

    private static void Assert(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
