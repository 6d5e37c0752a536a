using BenchmarkDotNet.Attributes;

namespace LowLatency.Benchmarks.Ring;

/// <summary>
/// 3-stage pipeline (producer → A → B → C, each depending on the previous) throughput, against the
/// 1P1C Channel as a familiar yardstick. One operation = one event through all three stages.
/// </summary>
public class RingPipelineBenchmarks
{
    private const int Events = 1_000_000;
    private IThroughputContender? _contender;

    [GlobalSetup(Target = nameof(Channel1P1C))]
    public void SetupChannel()
    {
        EqualPriority.Apply();
        _contender = new ChannelOneToOne();
    }

    [GlobalSetup(Target = nameof(RingThreeStages))]
    public void SetupRing()
    {
        EqualPriority.Apply();
        _contender = new RingThreeStage();
    }

    [GlobalCleanup]
    public void Cleanup() => _contender?.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public void Channel1P1C() => _contender!.Run(Events);

    [Benchmark(OperationsPerInvoke = Events)]
    public void RingThreeStages() => _contender!.Run(Events);
}
