namespace LowLatency.LoadTest.Reporting;

/// <summary>
/// Process-wide collections per generation and bytes allocated over one step (harness, server and venues share the
/// process), and the managed heap size at its end (a soak's leak shows as a heap that keeps growing).
/// </summary>
public sealed record GcFigures(int Gen0, int Gen1, int Gen2, long AllocatedBytes, long HeapBytes = 0)
{
    /// <summary>Counts so far (subtract two of them for an interval).</summary>
    public static GcFigures Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes(precise: false), GC.GetTotalMemory(forceFullCollection: false));

    public GcFigures Since(GcFigures before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return new GcFigures(Gen0 - before.Gen0, Gen1 - before.Gen1, Gen2 - before.Gen2, AllocatedBytes - before.AllocatedBytes, HeapBytes);
    }
}
