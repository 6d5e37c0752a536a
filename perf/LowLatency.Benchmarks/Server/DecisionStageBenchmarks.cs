#if SERVER_BENCHMARKS
using BenchmarkDotNet.Attributes;
using LowLatency.Server.Pipeline;

namespace LowLatency.Benchmarks.Server;

/// <summary>
/// The decision stage per tick (what the "ll-decision" thread does for one BTC spot update): execution books and
/// reference price, cost inputs, risk-book repricing of the BTC options, the policy chain, and — when the tick
/// crosses the delta band — route, pre-trade risk, order table, NewOrderSingle body into the outbound ring and the
/// journal record, then the fill fed back (positions, risk book, journal record). Baseline: a tick that stays inside
/// the band. DESIGN budget for greeks + aggregation ≤ 800 ns and policy + risk + route ≤ 300 ns.
/// </summary>
[MemoryDiagnoser]
public class DecisionStageBenchmarks
{
    private const int Ticks = 64;
    private ServerBench _bench = null!;
    private InboundEvent[] _quiet = null!;
    private InboundEvent[] _trading = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bench = new ServerBench();
        _quiet = new InboundEvent[Ticks];
        _trading = new InboundEvent[Ticks];
        long before = _bench.OrdersSent;
        for (int i = 0; i < 8; i++)
        {
            InboundEvent e = _bench.Tick((i & 1) == 0 ? ServerBench.TradeUp : ServerBench.QuietMid);
            _bench.Loop.Feed(ref e);
        }

        if (_bench.OrdersSent - before < 8)
        {
            throw new InvalidOperationException($"set-up broken: {_bench.OrdersSent - before} orders for 8 band-crossing ticks");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Ticks)]
    public void QuietTick()
    {
        for (int i = 0; i < Ticks; i++)
        {
            _quiet[i] = _bench.Tick(ServerBench.QuietMid + ((i & 7) - 4) * 0.5);
            _bench.Loop.Feed(ref _quiet[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Ticks)]
    public void TickThatTradesAndFills()
    {
        for (int i = 0; i < Ticks; i++)
        {
            _trading[i] = _bench.Tick((i & 1) == 0 ? ServerBench.TradeUp : ServerBench.QuietMid);
            _bench.Loop.Feed(ref _trading[i]);
        }
    }
}
#endif
