using BenchmarkDotNet.Attributes;
using LowLatency.Model.Intents;
using LowLatency.Rebalancing.Engine;

namespace LowLatency.Benchmarks.Rebalancing;

/// <summary>
/// One decision of the full chain (liquidation → leverage → gamma-aware delta → weights) on a BTC tick, the
/// book's figures held still so only the policies are timed: inside every band (the common case), and with a
/// hedge to emit (the emitted order is then cancelled so every invocation decides the same trade).
/// Target: ≤ 200 ns, 0 B.
/// </summary>
[MemoryDiagnoser]
public class RebalancingDecisionBenchmarks
{
    private readonly HedgeIntent[] _intents = new HedgeIntent[64];
    private readonly CollateralTransfer[] _transfers = new CollateralTransfer[8];
    private RebalancingEngine _inBand = null!;
    private RebalancingEngine _outOfBand = null!;
    private long _ns;

    [GlobalSetup]
    public void Setup()
    {
        _inBand = RebalancingBenchmarkData.Engine();
        _outOfBand = RebalancingBenchmarkData.Engine();
        _ns = RebalancingBenchmarkData.NowNs;
        _outOfBand.Book.OnTick(RebalancingBenchmarkData.Btc, 63_000, _ns); // +5%: the short-gamma book is now short delta
    }

    /// <summary>Every policy evaluated, nothing to do.</summary>
    [Benchmark(Baseline = true)]
    public int DecideInsideEveryBand()
    {
        _ns += 1_000;
        return _inBand.Decide(RebalancingBenchmarkData.Btc, _ns, _ns, _intents, _transfers).Intents;
    }

    /// <summary>Band breached: cheapest-leg choice, lot sizing, limit price, intent written; then the order is cancelled.</summary>
    [Benchmark]
    public int DecideAndEmitAHedge()
    {
        _ns += 1_000;
        DecisionResult result = _outOfBand.Decide(RebalancingBenchmarkData.Btc, _ns, _ns, _intents, _transfers);
        ref readonly HedgeIntent intent = ref _intents[0];
        _outOfBand.OnOrderDone(intent.Instrument, (intent.Side == Model.Orders.Side.Buy ? 1 : -1) * intent.Quantity.ToDouble());
        return result.Intents;
    }
}
