using System.Runtime.InteropServices;

namespace LowLatency.Execution.Metrics;

/// <summary>
/// A counter alone on its cache lines: 128 bytes per element with the value in the middle, so in an array no two
/// values share a 64-byte line or a 128-byte prefetch pair, and the metrics thread reading one never slows the
/// decision thread writing its neighbour.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 128)]
internal struct PaddedCounter
{
    [FieldOffset(64)]
    public long Value;
}
