using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace LowLatency.Fix.Codec.Framing;

/// <summary>
/// The FIX CheckSum (10): the sum of every byte before <c>10=</c>, modulo 256. Summed 32 or 16 bytes at a
/// time with PSADBW (sum of absolute differences against zero), so a 200-byte message costs a few ns.
/// </summary>
public static class FixChecksum
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compute(ReadOnlySpan<byte> bytes) => (int)(Sum(bytes) & 0xFF);

    /// <summary>Writes the checksum as the three ASCII digits FIX requires (e.g. <c>007</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteDigits(int checksum, Span<byte> destination)
    {
        if (destination.Length < 3)
        {
            return;
        }

        int hundreds = checksum / 100;
        int rest = checksum - (hundreds * 100);
        int tens = rest / 10;
        destination[0] = (byte)('0' + hundreds);
        destination[1] = (byte)('0' + tens);
        destination[2] = (byte)('0' + (rest - (tens * 10)));
    }

    /// <summary>Parses exactly three ASCII digits; -1 when they are not.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ParseDigits(ReadOnlySpan<byte> digits)
    {
        if (digits.Length != 3)
        {
            return -1;
        }

        uint a = (uint)(digits[0] - '0');
        uint b = (uint)(digits[1] - '0');
        uint c = (uint)(digits[2] - '0');
        if (a > 9 || b > 9 || c > 9)
        {
            return -1;
        }

        return (int)((a * 100) + (b * 10) + c);
    }

    private static ulong Sum(ReadOnlySpan<byte> bytes)
    {
        ref byte start = ref MemoryMarshal.GetReference(bytes);
        nuint length = (nuint)bytes.Length;
        nuint i = 0;
        ulong total = 0;
        if (Avx2.IsSupported && length >= 32)
        {
            Vector256<ulong> acc = Vector256<ulong>.Zero;
            for (; i + 32 <= length; i += 32)
            {
                Vector256<byte> v = Vector256.LoadUnsafe(ref start, i);
                acc = Avx2.Add(acc, Avx2.SumAbsoluteDifferences(v, Vector256<byte>.Zero).AsUInt64());
            }

            total = Vector256.Sum(acc);
        }

        if (Sse2.IsSupported)
        {
            Vector128<ulong> acc = Vector128<ulong>.Zero;
            for (; i + 16 <= length; i += 16)
            {
                Vector128<byte> v = Vector128.LoadUnsafe(ref start, i);
                acc = Sse2.Add(acc, Sse2.SumAbsoluteDifferences(v, Vector128<byte>.Zero).AsUInt64());
            }

            total += Vector128.Sum(acc);
        }

        for (; i < length; i++)
        {
            total += Unsafe.Add(ref start, i);
        }

        return total;
    }
}
