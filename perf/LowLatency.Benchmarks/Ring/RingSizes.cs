namespace LowLatency.Benchmarks.Ring;

/// <summary>Capacities shared by every contender, so ring and baselines buffer the same number of events.</summary>
internal static class RingSizes
{
    /// <summary>64 Ki slots, as in the Disruptor's own 1P1C throughput tests.</summary>
    public const int Throughput = 1 << 16;

    /// <summary>Ping-pong has one event in flight: a small ring keeps it in cache.</summary>
    public const int PingPong = 1024;
}
