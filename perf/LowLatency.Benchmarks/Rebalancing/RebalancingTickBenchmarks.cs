using BenchmarkDotNet.Attributes;
using LowLatency.Model.Intents;
using LowLatency.Rebalancing.Engine;

namespace LowLatency.Benchmarks.Rebalancing;

/// <summary>
/// A whole tick as the decision thread runs it — the risk book's repricing of the 4 BTC options, then the
/// decision — against the book tick alone: the difference is what rebalancing adds to the tick path.
/// </summary>
[MemoryDiagnoser]
public class RebalancingTickBenchmarks
{
    private readonly HedgeIntent[] _intents = new HedgeIntent[64];
    private readonly CollateralTransfer[] _transfers = new CollateralTransfer[8];
    private RebalancingEngine _engine = null!;
    private long _ns;
    private int _k;

    [GlobalSetup]
    public void Setup()
    {
        _engine = RebalancingBenchmarkData.Engine();
        _ns = RebalancingBenchmarkData.NowNs;
    }

    // Small moves around 60 000 that stay inside the band, so neither variant trades.
    private double NextPrice() => 60_000 + ((_k++ & 15) - 8) * 0.5;

    [Benchmark(Baseline = true)]
    public void BookTickOnly()
    {
        _ns += 1_000;
        _engine.Book.OnTick(RebalancingBenchmarkData.Btc, NextPrice(), _ns);
    }

    [Benchmark]
    public int BookTickThenDecide()
    {
        _ns += 1_000;
        _engine.Book.OnTick(RebalancingBenchmarkData.Btc, NextPrice(), _ns);
        return _engine.Decide(RebalancingBenchmarkData.Btc, _ns, _ns, _intents, _transfers).Intents;
    }
}
