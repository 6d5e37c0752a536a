using System.Runtime.InteropServices;

namespace LowLatency.Fix.Log;

/// <summary>
/// A counter alone on its cache lines (128 bytes either side: adjacent-line prefetch pairs 64-byte lines),
/// so producers hammering one counter do not slow the consumer reading another (false sharing).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct PaddedLong
{
    [FieldOffset(128)]
    public long Value;
}
