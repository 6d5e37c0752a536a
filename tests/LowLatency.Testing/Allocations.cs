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

    /// <summary>
    /// Bytes allocated per window in the quietest of up to three windows (returns 0 at the first clean one).
    /// A window can catch a one-off runtime allocation on the calling thread (the tiered JIT promoting a
    /// method while the loop runs, ~1.6 KB once in ~30 runs on a loaded machine); a real per-call
    /// allocation shows in every window, so asserting this is zero is strict and not flaky.
    /// </summary>
    public static long MeasureSteadyState(Action action, int iterations = 1_000, int warmup = 1_000)
    {
        long quietest = long.MaxValue;
        for (int attempt = 0; attempt < 3 && quietest != 0; attempt++)
        {
            quietest = Math.Min(quietest, Measure(action, iterations, attempt == 0 ? warmup : 0));
        }

        return quietest;
    }
}
