using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LowLatency.Fix.Store;

/// <summary>
/// A fast 32-bit check of stored message bytes, written in the index so that bytes lost or overwritten
/// after a crash (a power cut can leave zeros or stale data behind a valid-looking index entry) are
/// detected and skipped instead of being resent. Not cryptographic: it only has to notice damage.
/// </summary>
internal static class MessageHash
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        ref byte start = ref MemoryMarshal.GetReference(data);
        int length = data.Length;
        ulong h = Prime2 ^ (ulong)length;
        int i = 0;

        // 8 bytes per multiply-rotate round: ~0.2 ns/byte, small next to the write syscall it guards.
        for (; i <= length - 8; i += 8)
        {
            h ^= Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, i)) * Prime1;
            h = BitOperations.RotateLeft(h, 29) * Prime2;
        }

        for (; i < length; i++)
        {
            h ^= Unsafe.Add(ref start, i) * Prime1;
            h = BitOperations.RotateLeft(h, 23) * Prime2;
        }

        h ^= h >> 33;
        h *= Prime1;
        h ^= h >> 29;
        return (uint)(h ^ (h >> 32));
    }
}
