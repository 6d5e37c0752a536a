using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace LowLatency.Core.FixedPoint;

/// <summary>
/// A price (or any signed money amount per unit) in fixed point.
/// Mantissa * 10^-Scale with a per-instrument scale: exact FIX encoding without <c>decimal</c> or strings,
/// and arithmetic that throws <see cref="OverflowException"/> instead of wrapping.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Price : IEquatable<Price>, IComparable<Price>, ISpanFormattable, IUtf8SpanFormattable
{
    /// <summary>Largest scale: 10^18 is the largest power of ten a long holds.</summary>
    public const int MaxScale = FixedPointMath.MaxScale;

    /// <summary>Buffer size that always fits <see cref="TryFormat(Span{byte}, out int)"/>.</summary>
    public const int MaxFormattedLength = FixedPointMath.MaxFormattedLength;

    private readonly long _mantissa;
    private readonly byte _scale;

    public Price(long mantissa, int scale)
    {
        FixedPointMath.ValidateScale(scale);
        _mantissa = mantissa;
        _scale = (byte)scale;
    }

    public long Mantissa => _mantissa;

    public int Scale => _scale;

    public bool IsZero => _mantissa == 0;

    public bool IsNegative => _mantissa < 0;

    public bool IsPositive => _mantissa > 0;

    /// <summary>Rounds a double to <paramref name="scale"/> decimals, half away from zero; refuses NaN, infinity and overflow.</summary>
    public static Price FromDouble(double value, int scale) => new(FixedPointMath.FromDouble(value, scale), scale);

    public double ToDouble() => FixedPointMath.ToDouble(_mantissa, _scale);

    /// <summary>The same value at another scale; throws when that is not exact or overflows.</summary>
    public Price Rescale(int scale) => new(FixedPointMath.Rescale(_mantissa, _scale, scale), scale);

    public bool TryRescale(int scale, out Price result)
    {
        if (FixedPointMath.TryRescale(_mantissa, _scale, scale, out long mantissa))
        {
            result = new(mantissa, scale);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Parses a FIX float at its natural scale (the number of decimals written).</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out Price value)
    {
        if (FixedPointMath.TryParse(utf8, out long mantissa, out int scale) && scale <= MaxScale)
        {
            value = new(mantissa, scale);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Parses a FIX float exactly at <paramref name="scale"/>; false if it has non-zero digits beyond it.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, int scale, out Price value)
    {
        if (FixedPointMath.TryParse(utf8, scale, out long mantissa))
        {
            value = new(mantissa, scale);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Parses text (configuration, tests) exactly at <paramref name="scale"/>; throws <see cref="FormatException"/> otherwise.</summary>
    public static Price Parse(string text, int scale)
    {
        Span<byte> utf8 = stackalloc byte[64];
        Price value = default;
        if (text.Length > utf8.Length || !TryParse(utf8[..System.Text.Encoding.ASCII.GetBytes(text, utf8)], scale, out value))
        {
            ThrowHelper.ThrowFormat($"'{text}' is not a number exact at scale {scale}");
        }

        return value;
    }

    /// <summary>Writes the value as a FIX float with exactly <see cref="Scale"/> decimals.</summary>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten) =>
        FixedPointMath.TryFormat(_mantissa, _scale, utf8Destination, out bytesWritten);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormat(utf8Destination, out bytesWritten);

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        FixedPointMath.TryFormatChars(_mantissa, _scale, destination, out charsWritten);

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString() => FixedPointMath.Format(_mantissa, _scale);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Price operator +(Price a, Price b)
    {
        long m = FixedPointMath.Add(a._mantissa, a._scale, b._mantissa, b._scale, out int scale);
        return new(m, scale);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Price operator -(Price a, Price b) => a + (-b);

    public static Price operator -(Price a) => new(checked(-a._mantissa), a._scale);

    /// <summary>Scales by an integer (a count of lots, a multiplier), checked.</summary>
    public static Price operator *(Price a, long factor) => new(checked(a._mantissa * factor), a._scale);

    public static bool operator ==(Price a, Price b) => a.Equals(b);

    public static bool operator !=(Price a, Price b) => !a.Equals(b);

    public static bool operator <(Price a, Price b) => a.CompareTo(b) < 0;

    public static bool operator >(Price a, Price b) => a.CompareTo(b) > 0;

    public static bool operator <=(Price a, Price b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Price a, Price b) => a.CompareTo(b) >= 0;

    public static Price Min(Price a, Price b) => a <= b ? a : b;

    public static Price Max(Price a, Price b) => a >= b ? a : b;

    public Price Abs() => _mantissa < 0 ? -this : this;

    /// <summary>Numeric equality: 1.5 equals 1.50.</summary>
    public bool Equals(Price other) => FixedPointMath.Compare(_mantissa, _scale, other._mantissa, other._scale) == 0;

    public override bool Equals(object? obj) => obj is Price other && Equals(other);

    public override int GetHashCode() => FixedPointMath.GetHashCode(_mantissa, _scale);

    public int CompareTo(Price other) => FixedPointMath.Compare(_mantissa, _scale, other._mantissa, other._scale);
}
