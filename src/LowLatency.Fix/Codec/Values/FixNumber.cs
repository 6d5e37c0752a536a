using System.Numerics;
using System.Runtime.CompilerServices;

namespace LowLatency.Fix.Codec.Values;

/// <summary>
/// FIX integers on UTF-8 bytes without allocation: an optional '-', then digits (leading zeros allowed, no
/// '+', no spaces, FIX 4.4 "int"). Parsing refuses overflow instead of wrapping.
/// </summary>
public static class FixNumber
{
    /// <summary>Longest formatted long: sign and 19 digits.</summary>
    public const int MaxLongLength = 20;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParseInt(ReadOnlySpan<byte> text, out int value)
    {
        // Fast path: 1-9 digits, no sign; cannot overflow an int.
        if ((uint)(text.Length - 1) < 9u)
        {
            uint acc = 0;
            int i = 0;
            for (; (uint)i < (uint)text.Length; i++)
            {
                uint d = (uint)(text[i] - '0');
                if (d > 9)
                {
                    break;
                }

                acc = (acc * 10) + d;
            }

            if (i == text.Length)
            {
                value = (int)acc;
                return true;
            }
        }

        return TryParseIntSlow(text, out value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryParseIntSlow(ReadOnlySpan<byte> text, out int value)
    {
        if (TryParseLong(text, out long wide) && wide >= int.MinValue && wide <= int.MaxValue)
        {
            value = (int)wide;
            return true;
        }

        value = 0;
        return false;
    }

    public static bool TryParseLong(ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (text.Length > 0 && text[0] == (byte)'-')
        {
            negative = true;
            i = 1;
        }

        if (i == text.Length)
        {
            return false;
        }

        ulong acc = 0;
        for (; (uint)i < (uint)text.Length; i++)
        {
            uint d = (uint)(text[i] - '0');
            if (d > 9 || acc > 1844674407370955160UL)
            {
                return false;
            }

            acc = (acc * 10) + d;
        }

        if (acc > (negative ? 9223372036854775808UL : long.MaxValue))
        {
            return false;
        }

        value = negative ? (long)(0UL - acc) : (long)acc;
        return true;
    }

    /// <summary>Number of decimal digits of <paramref name="value"/> (1 for 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CountDigits(ulong value)
    {
        // Log2 gives the digit count to within one; one table compare settles it. value | 1 has the same
        // digit count as value (powers of ten are even) and makes 0 count as one digit.
        ulong v = value | 1;
        int bits = BitOperations.Log2(v);
        int estimate = ((bits + 1) * 1233) >> 12;
        return estimate + (v >= PowersOf10[estimate] ? 1 : 0);
    }

    // A static array, not a ReadOnlySpan<ulong> property over a collection expression: the latter allocates a
    // fresh array on every access for non-byte element types (measured: 72 B per call).
    private static readonly ulong[] PowersOf10 =
    [
        1UL, 10UL, 100UL, 1_000UL, 10_000UL, 100_000UL, 1_000_000UL, 10_000_000UL, 100_000_000UL, 1_000_000_000UL,
        10_000_000_000UL, 100_000_000_000UL, 1_000_000_000_000UL, 10_000_000_000_000UL, 100_000_000_000_000UL,
        1_000_000_000_000_000UL, 10_000_000_000_000_000UL, 100_000_000_000_000_000UL, 1_000_000_000_000_000_000UL,
        10_000_000_000_000_000_000UL,
    ];

    /// <summary>Writes <paramref name="value"/> in decimal; returns bytes written, or 0 when it does not fit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Write(long value, Span<byte> destination)
    {
        if (value >= 0)
        {
            return WriteUnsigned((ulong)value, destination);
        }

        if (destination.Length < 2)
        {
            return 0;
        }

        int written = WriteUnsigned(0UL - (ulong)value, destination[1..]);
        if (written == 0)
        {
            return 0;
        }

        destination[0] = (byte)'-';
        return written + 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteUnsigned(ulong value, Span<byte> destination)
    {
        int digits = CountDigits(value);
        if ((uint)digits > (uint)destination.Length)
        {
            return 0;
        }

        for (int i = digits - 1; i >= 0; i--)
        {
            ulong q = value / 10;
            destination[i] = (byte)('0' + (value - (q * 10)));
            value = q;
        }

        return digits;
    }

    /// <summary>Writes exactly <paramref name="width"/> digits, zero-padded (timestamps, padded lengths).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void WritePadded(uint value, Span<byte> destination, int width)
    {
        for (int i = width - 1; i >= 0; i--)
        {
            uint q = value / 10;
            destination[i] = (byte)('0' + (value - (q * 10)));
            value = q;
        }
    }
}
