using BenchmarkDotNet.Attributes;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Benchmarks.Ring;

/// <summary>
/// 1P1C value-event throughput: ring (busy-spin batch 10 and no batch, yielding batch 10) against the bounded Channel
/// (baseline) and BlockingCollection. One operation = one event. Each benchmark sets up only its own
/// contender, so no idle spinning consumer of another contender steals a core.
/// <c>dotnet run -c Release --project perf/LowLatency.Benchmarks -- --filter '*RingThroughput*' --job short</c>
/// </summary>
public class RingThroughputBenchmarks
{
    private const int Events = 1_000_000;
    private IThroughputContender? _contender;

    [GlobalSetup(Target = nameof(Channel))]
    public void SetupChannel()
    {
        EqualPriority.Apply();
        _contender = new ChannelOneToOne();
    }

    [GlobalSetup(Target = nameof(BlockingCollection))]
    public void SetupBlockingCollection()
    {
        EqualPriority.Apply();
        _contender = new BlockingCollectionOneToOne();
    }

    [GlobalSetup(Target = nameof(RingBatch10))]
    public void SetupRingBatch()
    {
        EqualPriority.Apply();
        _contender = new RingOneToOne<BusySpinWaitStrategy>(10, default, "busy-spin");
    }

    [GlobalSetup(Target = nameof(RingNoBatch))]
    public void SetupRingNoBatch()
    {
        EqualPriority.Apply();
        _contender = new RingOneToOne<BusySpinWaitStrategy>(1, default, "busy-spin");
    }

    [GlobalSetup(Target = nameof(RingYieldingBatch10))]
    public void SetupRingYielding()
    {
        EqualPriority.Apply();
        _contender = new RingOneToOne<YieldingWaitStrategy>(10, default, "yielding");
    }

    [GlobalCleanup]
    public void Cleanup() => _contender?.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public void Channel() => _contender!.Run(Events);

    [Benchmark(OperationsPerInvoke = Events)]
    public void BlockingCollection() => _contender!.Run(Events);

    [Benchmark(OperationsPerInvoke = Events)]
    public void RingBatch10() => _contender!.Run(Events);

    [Benchmark(OperationsPerInvoke = Events)]
    public void RingNoBatch() => _contender!.Run(Events);

    /// <summary>The shared-machine variant: the consumer yields when idle instead of spinning.</summary>
    [Benchmark(OperationsPerInvoke = Events)]
    public void RingYieldingBatch10() => _contender!.Run(Events);
}
