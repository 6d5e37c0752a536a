using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace LowLatency.Execution.Instruments;

/// <summary>
/// 64-bit hash of short ASCII identifiers (symbols, ExecIDs, venue OrderIDs): 8 bytes per multiply-rotate step and
/// a murmur finaliser so ids differing in one digit spread over the low bits a table mask keeps. Not cryptographic;
/// collisions across a 64-bit space are negligible for the windows the engine keeps (≤ 2^20 entries).
/// </summary>
internal static class AsciiHash
{
    private const ulong Seed = 0x9E3779B97F4A7C15UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hash(ReadOnlySpan<byte> bytes, ulong salt = 0)
    {
        ulong h = Seed ^ salt ^ ((ulong)bytes.Length * 0xC2B2AE3D27D4EB4FUL);
        while (bytes.Length >= 8)
        {
            h = Mix(h, BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            bytes = bytes[8..];
        }

        if (!bytes.IsEmpty)
        {
            ulong tail = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                tail |= (ulong)bytes[i] << (8 * i);
            }

            h = Mix(h, tail);
        }

        return Finalise(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong h, ulong word) =>
        System.Numerics.BitOperations.RotateLeft(h ^ (word * 0x87C37B91114253D5UL), 27) * 5 + 0x52DCE729;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finalise(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
