using System.Runtime.Intrinsics;

namespace LowLatency.Quant.Exposure;

/// <summary>Which SIMD width the book's kernels use: 512 where accelerated, else 256 (software-emulated if need be).</summary>
internal static class VectorWidth
{
    public static int Best => Vector512.IsHardwareAccelerated ? 512 : 256;
}
