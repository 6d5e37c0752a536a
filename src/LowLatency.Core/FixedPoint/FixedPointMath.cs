using System.Runtime.CompilerServices;

namespace LowLatency.Core.FixedPoint;

// Invariants shared by Price and Quantity:
//  * a value is (mantissa, scale) meaning mantissa * 10^-scale, 0 <= scale <= MaxScale;
//  * every operation is exact or refuses loudly (OverflowException / false from Try*): nothing wraps
//    and nothing rounds silently; rounding happens only where a caller asks for it (FromDouble);
//  * parse and format work on UTF-8 bytes with no allocation, because they are what the FIX codec
//    reads and writes (FIX "float": optional '-', digits, optional '.', no exponent, FIXT 1.1 §data types).

/// <summary>Exact decimal arithmetic on (long mantissa, scale) pairs, shared by <see cref="Price"/> and <see cref="Quantity"/>.</summary>
internal static class FixedPointMath
{
    public const int MaxScale = 18;

    /// <summary>Longest text a value formats to: sign, 19 digits, a point and a leading zero.</summary>
    public const int MaxFormattedLength = 1 + 19 + 1 + 1;

    internal static readonly long[] Pow10 =
    [
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L,
    ];

    // Powers of ten up to 1e22 are exact doubles, so mantissa / 10^scale is one correctly rounded division.
    internal static readonly double[] Pow10Double =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    ];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ValidateScale(int scale)
    {
        if ((uint)scale > MaxScale)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(scale), "scale must be between 0 and 18");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble(long mantissa, int scale) => mantissa / Pow10Double[scale];

    /// <summary>Rounds <paramref name="value"/> to <paramref name="scale"/> decimals, half away from zero.</summary>
    public static long FromDouble(double value, int scale)
    {
        ValidateScale(scale);
        if (!double.IsFinite(value))
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(value), "value must be a finite number");
        }

        double scaled = Math.Round(value * Pow10Double[scale], MidpointRounding.AwayFromZero);
        // 2^63 is exactly representable; anything at or beyond it does not fit in a long.
        if (scaled >= 9.2233720368547758e18 || scaled < -9.2233720368547758e18)
        {
            ThrowHelper.ThrowOverflow("value does not fit a 64-bit mantissa at this scale");
        }

        return (long)scaled;
    }

    /// <summary>Changes scale exactly: false when that would overflow or drop non-zero digits.</summary>
    public static bool TryRescale(long mantissa, int fromScale, int toScale, out long result)
    {
        if (toScale == fromScale)
        {
            result = mantissa;
            return true;
        }

        if ((uint)toScale > MaxScale)
        {
            result = 0;
            return false;
        }

        if (toScale > fromScale)
        {
            long factor = Pow10[toScale - fromScale];
            long high = Math.BigMul(mantissa, factor, out long low);
            // The 128-bit product fits in a long exactly when the high half is the sign extension of the low half.
            if (high != (low >> 63))
            {
                result = 0;
                return false;
            }

            result = low;
            return true;
        }

        long divisor = Pow10[fromScale - toScale];
        long quotient = Math.DivRem(mantissa, divisor, out long remainder);
        result = quotient;
        return remainder == 0;
    }

    public static long Rescale(long mantissa, int fromScale, int toScale)
    {
        ValidateScale(toScale);
        if (!TryRescale(mantissa, fromScale, toScale, out long result))
        {
            ThrowRescale(mantissa, fromScale, toScale);
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowRescale(long mantissa, int fromScale, int toScale)
    {
        if (toScale < fromScale)
        {
            ThrowHelper.ThrowArgument(nameof(toScale), $"{Format(mantissa, fromScale)} is not exact at scale {toScale}");
        }

        ThrowHelper.ThrowOverflow($"{Format(mantissa, fromScale)} overflows at scale {toScale}");
    }

    /// <summary>Adds exactly, aligning to the larger scale; throws <see cref="OverflowException"/> rather than wrap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Add(long a, int scaleA, long b, int scaleB, out int scale)
    {
        if (scaleA == scaleB)
        {
            scale = scaleA;
            return checked(a + b);
        }

        return AddSlow(a, scaleA, b, scaleB, out scale);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long AddSlow(long a, int scaleA, long b, int scaleB, out int scale)
    {
        scale = Math.Max(scaleA, scaleB);
        return checked(Rescale(a, scaleA, scale) + Rescale(b, scaleB, scale));
    }

    /// <summary>Compares values of any scales exactly (128-bit when the scales differ).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(long a, int scaleA, long b, int scaleB)
    {
        if (scaleA == scaleB)
        {
            return a.CompareTo(b);
        }

        return CompareSlow(a, scaleA, b, scaleB);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CompareSlow(long a, int scaleA, long b, int scaleB)
    {
        Int128 wideA = a;
        Int128 wideB = b;
        if (scaleA < scaleB)
        {
            wideA *= Pow10[scaleB - scaleA];
        }
        else
        {
            wideB *= Pow10[scaleA - scaleB];
        }

        return wideA.CompareTo(wideB);
    }

    /// <summary>Hash of the numeric value, equal for 1.5 and 1.50 (trailing zeros stripped first).</summary>
    public static int GetHashCode(long mantissa, int scale)
    {
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return HashCode.Combine(mantissa, scale);
    }

    /// <summary>Parses a FIX float at its natural scale (the number of decimals written).</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out long mantissa, out int scale)
    {
        return TryParseCore(text, -1, out mantissa, out scale);
    }

    /// <summary>Parses a FIX float exactly at <paramref name="targetScale"/>: extra decimals must be zeros.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, int targetScale, out long mantissa)
    {
        if ((uint)targetScale > MaxScale)
        {
            mantissa = 0;
            return false;
        }

        return TryParseCore(text, targetScale, out mantissa, out _);
    }

    // targetScale < 0 means "natural scale". One pass, no allocation; the common case (a few digits,
    // a point, a few decimals) touches each byte once.
    private static bool TryParseCore(ReadOnlySpan<byte> text, int targetScale, out long mantissa, out int scale)
    {
        mantissa = 0;
        scale = 0;
        int i = 0;
        bool negative = false;
        if ((uint)i < (uint)text.Length && text[i] == (byte)'-')
        {
            negative = true;
            i++;
        }

        ulong acc = 0;
        int digits = 0;
        int decimals = 0;
        bool seenPoint = false;
        for (; (uint)i < (uint)text.Length; i++)
        {
            uint c = text[i];
            uint d = c - '0';
            if (d <= 9)
            {
                digits++;
                if (seenPoint)
                {
                    int limit = targetScale >= 0 ? targetScale : MaxScale;
                    if (decimals == limit)
                    {
                        // Beyond the scale we can hold, only zeros keep the value exact.
                        if (d != 0)
                        {
                            return false;
                        }

                        continue;
                    }

                    decimals++;
                }

                // 1844674407370955161 * 10 + 5 still fits in a ulong; the final range check is below.
                if (acc > 1844674407370955160UL)
                {
                    return false;
                }

                acc = (acc * 10) + d;
                continue;
            }

            if (c == '.' && !seenPoint)
            {
                seenPoint = true;
                continue;
            }

            return false;
        }

        if (digits == 0)
        {
            return false;
        }

        int outScale = targetScale >= 0 ? targetScale : decimals;
        for (int pad = decimals; pad < outScale; pad++)
        {
            if (acc > 1844674407370955160UL)
            {
                return false;
            }

            acc *= 10;
        }

        if (acc > (negative ? 9223372036854775808UL : long.MaxValue))
        {
            return false;
        }

        mantissa = negative ? (long)(0UL - acc) : (long)acc;
        scale = outScale;
        return true;
    }

    /// <summary>Writes the value with exactly <paramref name="scale"/> decimals; false when the buffer is too small.</summary>
    public static bool TryFormat(long mantissa, int scale, Span<byte> destination, out int written)
    {
        // Digits are produced backwards into a stack buffer, then copied once.
        Span<byte> buffer = stackalloc byte[MaxFormattedLength];
        int pos = buffer.Length;
        ulong magnitude = mantissa < 0 ? 0UL - (ulong)mantissa : (ulong)mantissa;
        int produced = 0;
        do
        {
            if (scale > 0 && produced == scale)
            {
                buffer[--pos] = (byte)'.';
            }

            ulong q = magnitude / 10;
            buffer[--pos] = (byte)('0' + (int)(magnitude - (q * 10)));
            magnitude = q;
            produced++;
        }
        while (magnitude != 0 || produced <= scale);

        if (mantissa < 0)
        {
            buffer[--pos] = (byte)'-';
        }

        int length = buffer.Length - pos;
        if (length > destination.Length)
        {
            written = 0;
            return false;
        }

        buffer[pos..].CopyTo(destination);
        written = length;
        return true;
    }

    public static string Format(long mantissa, int scale)
    {
        Span<byte> utf8 = stackalloc byte[MaxFormattedLength];
        TryFormat(mantissa, scale, utf8, out int written);
        return System.Text.Encoding.ASCII.GetString(utf8[..written]);
    }

    public static bool TryFormatChars(long mantissa, int scale, Span<char> destination, out int written)
    {
        Span<byte> utf8 = stackalloc byte[MaxFormattedLength];
        TryFormat(mantissa, scale, utf8, out int length);
        if (length > destination.Length)
        {
            written = 0;
            return false;
        }

        for (int i = 0; i < length; i++)
        {
            destination[i] = (char)utf8[i];
        }

        written = length;
        return true;
    }
}
