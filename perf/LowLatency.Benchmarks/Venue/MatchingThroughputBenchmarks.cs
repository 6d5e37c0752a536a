using BenchmarkDotNet.Attributes;
using LowLatency.Venue.Matching;

namespace LowLatency.Benchmarks.Venue;

/// <summary>
/// Matching throughput on one thread: commands per second and bytes per command for a passive add/cancel
/// tape (baseline: the book changes, nothing trades) and a realistic mix with replaces and marketable
/// orders. Target (brief): ≥ 1 M orders/s, 0 B/order. Each invoke replays a whole tape that leaves the
/// book as it found it, so every invoke does the same work.
/// </summary>
public class MatchingThroughputBenchmarks
{
    private const int Commands = 100_000;

    private TapeCommand[] _passive = [];
    private TapeCommand[] _realistic = [];
    private MatchingEngine<BenchListener> _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _passive = OrderTape.Build(TapeMix.PassiveAddCancel, Commands);
        _realistic = OrderTape.Build(TapeMix.Realistic, Commands);
        _engine = new MatchingEngine<BenchListener>(OrderTape.Instruments(), default, OrderTape.Options());
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Commands)]
    public long PassiveAddCancel() => Replay(_passive);

    [Benchmark(OperationsPerInvoke = Commands)]
    public long RealisticMix() => Replay(_realistic);

    private long Replay(TapeCommand[] tape)
    {
        MatchingEngine<BenchListener> engine = _engine;
        for (int i = 0; i < tape.Length; i++)
        {
            OrderTape.Apply(engine, in tape[i]);
        }

        return engine.Listener.Checksum;
    }
}
