namespace LowLatency.Benchmarks.Ring;

/// <summary>The benchmark payload: a value event (8 bytes), as in the Disruptor's own throughput tests.</summary>
public struct ValueEvent
{
    public long Value;
}
