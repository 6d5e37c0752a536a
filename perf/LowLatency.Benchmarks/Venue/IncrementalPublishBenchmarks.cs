using BenchmarkDotNet.Attributes;
using LowLatency.Venue.MarketData;
using LowLatency.Venue.Matching;

namespace LowLatency.Benchmarks.Venue;

/// <summary>
/// Cost of turning book changes into incremental batches: the realistic tape with the counting listener
/// only (baseline) and with the market-data publisher composed in (batching + hand-off to a sink).
/// </summary>
public class IncrementalPublishBenchmarks
{
    private const int Commands = 100_000;

    private TapeCommand[] _tape = [];
    private MatchingEngine<BenchListener> _bare = null!;
    private MatchingEngine<CompositeListener<BenchListener, IncrementalPublisher<TimestampingSink>>> _published = null!;

    [GlobalSetup]
    public void Setup()
    {
        _tape = OrderTape.Build(TapeMix.Realistic, Commands);
        _bare = new MatchingEngine<BenchListener>(OrderTape.Instruments(), default, OrderTape.Options());
        var listener = new CompositeListener<BenchListener, IncrementalPublisher<TimestampingSink>>(default, new IncrementalPublisher<TimestampingSink>(new TimestampingSink(new BatchClock())));
        _published = new MatchingEngine<CompositeListener<BenchListener, IncrementalPublisher<TimestampingSink>>>(OrderTape.Instruments(), listener, OrderTape.Options());
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Commands)]
    public long MatchingOnly()
    {
        for (int i = 0; i < _tape.Length; i++)
        {
            OrderTape.Apply(_bare, in _tape[i]);
        }

        return _bare.Listener.Checksum;
    }

    [Benchmark(OperationsPerInvoke = Commands)]
    public long MatchingAndIncrementalPublishing()
    {
        for (int i = 0; i < _tape.Length; i++)
        {
            OrderTape.Apply(_published, in _tape[i]);
        }

        return _published.Listener.First.Checksum;
    }
}
