using LowLatency.Testing;

namespace LowLatency.Venue.Tests.Support;

/// <summary>
/// Asserts that a hot call allocates nothing per call after warm-up. A measured window can still catch a
/// one-off runtime allocation on the calling thread (the tiered JIT promoting a method to tier 1 while the
/// loop runs, seen as ~1.6 KB once in ~30 runs on a loaded machine); a per-call allocation would show in
/// every window (≥ iterations bytes), so up to three windows are measured and one must be exactly zero.
/// </summary>
internal static class SteadyState
{
    public static void AssertAllocatesNothing(Action hotCall, int iterations, int warmup)
    {
        var windows = new List<long>(3);
        for (int attempt = 0; attempt < 3; attempt++)
        {
            long bytes = Allocations.Measure(hotCall, iterations, attempt == 0 ? warmup : 0);
            if (bytes == 0)
            {
                return;
            }

            windows.Add(bytes);
        }

        Assert.Fail($"allocated in every window of {iterations} calls: {string.Join(", ", windows)} bytes");
    }
}
