namespace LowLatency.Testing;

/// <summary>
/// Measures bytes allocated on the calling thread by a hot call after warm-up, the way the brief asks
/// "zero allocation" to be asserted (GC.GetAllocatedBytesForCurrentThread around the call).
/// </summary>
public static class Allocations
{
    /// <summary>Runs <paramref name="action"/> <paramref name="warmup"/> times (JIT tiers, lazy init), then measures <paramref name="iterations"/> runs.</summary>
    public static long Measure(Action action, int iterations = 1_000, int warmup = 1_000)
    {
        ArgumentNullException.ThrowIfNull(action);
        for (int i = 0; i < warmup; i++)
        {
            action();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < iterations; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
