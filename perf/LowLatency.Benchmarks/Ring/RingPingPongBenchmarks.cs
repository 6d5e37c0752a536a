using BenchmarkDotNet.Attributes;

namespace LowLatency.Benchmarks.Ring;

/// <summary>
/// Mean round-trip time through two rings against two bounded channels (both spinning). One operation =
/// one round trip (two hops). Percentiles come from the <c>ring-latency</c> command (HdrHistogram).
/// </summary>
public class RingPingPongBenchmarks
{
    private const int RoundTrips = 10_000;
    private IPingPong? _pingPong;

    [GlobalSetup(Target = nameof(Channel))]
    public void SetupChannel()
    {
        EqualPriority.Apply();
        _pingPong = new ChannelPingPong();
    }

    [GlobalSetup(Target = nameof(Ring))]
    public void SetupRing()
    {
        EqualPriority.Apply();
        _pingPong = new RingPingPong();
    }

    [GlobalCleanup]
    public void Cleanup() => _pingPong?.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = RoundTrips)]
    public long Channel() => Loop(_pingPong!);

    [Benchmark(OperationsPerInvoke = RoundTrips)]
    public long Ring() => Loop(_pingPong!);

    private static long Loop(IPingPong pingPong)
    {
        long sum = 0;
        for (int i = 0; i < RoundTrips; i++)
        {
            sum += pingPong.RoundTrip(i);
        }

        return sum;
    }
}
