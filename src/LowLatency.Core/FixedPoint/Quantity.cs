using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace LowLatency.Core.FixedPoint;

/// <summary>
/// A quantity (order size, position, lots) in fixed point; signed, so it also carries positions.
/// Mantissa * 10^-Scale with a per-instrument scale: exact FIX encoding without <c>decimal</c> or strings,
/// and arithmetic that throws <see cref="OverflowException"/> instead of wrapping.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>, ISpanFormattable, IUtf8SpanFormattable
{
    /// <summary>Largest scale: 10^18 is the largest power of ten a long holds.</summary>
    public const int MaxScale = FixedPointMath.MaxScale;

    /// <summary>Buffer size that always fits <see cref="TryFormat(Span{byte}, out int)"/>.</summary>
    public const int MaxFormattedLength = FixedPointMath.MaxFormattedLength;

    private readonly long _mantissa;
    private readonly byte _scale;

    public Quantity(long mantissa, int scale)
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
    public static Quantity FromDouble(double value, int scale) => new(FixedPointMath.FromDouble(value, scale), scale);

    public double ToDouble() => FixedPointMath.ToDouble(_mantissa, _scale);

    /// <summary>The same value at another scale; throws when that is not exact or overflows.</summary>
    public Quantity Rescale(int scale) => new(FixedPointMath.Rescale(_mantissa, _scale, scale), scale);

    public bool TryRescale(int scale, out Quantity result)
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
    public static bool TryParse(ReadOnlySpan<byte> utf8, out Quantity value)
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
    public static bool TryParse(ReadOnlySpan<byte> utf8, int scale, out Quantity value)
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
    public static Quantity Parse(string text, int scale)
    {
        Span<byte> utf8 = stackalloc byte[64];
        Quantity value = default;
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
    public static Quantity operator +(Quantity a, Quantity b)
    {
        long m = FixedPointMath.Add(a._mantissa, a._scale, b._mantissa, b._scale, out int scale);
        return new(m, scale);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Quantity operator -(Quantity a, Quantity b) => a + (-b);

    public static Quantity operator -(Quantity a) => new(checked(-a._mantissa), a._scale);

    /// <summary>Scales by an integer (a count of lots, a multiplier), checked.</summary>
    public static Quantity operator *(Quantity a, long factor) => new(checked(a._mantissa * factor), a._scale);

    public static bool operator ==(Quantity a, Quantity b) => a.Equals(b);

    public static bool operator !=(Quantity a, Quantity b) => !a.Equals(b);

    public static bool operator <(Quantity a, Quantity b) => a.CompareTo(b) < 0;

    public static bool operator >(Quantity a, Quantity b) => a.CompareTo(b) > 0;

    public static bool operator <=(Quantity a, Quantity b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Quantity a, Quantity b) => a.CompareTo(b) >= 0;

    public static Quantity Min(Quantity a, Quantity b) => a <= b ? a : b;

    public static Quantity Max(Quantity a, Quantity b) => a >= b ? a : b;

    public Quantity Abs() => _mantissa < 0 ? -this : this;

    /// <summary>Numeric equality: 1.5 equals 1.50.</summary>
    public bool Equals(Quantity other) => FixedPointMath.Compare(_mantissa, _scale, other._mantissa, other._scale) == 0;

    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    public override int GetHashCode() => FixedPointMath.GetHashCode(_mantissa, _scale);

    public int CompareTo(Quantity other) => FixedPointMath.Compare(_mantissa, _scale, other._mantissa, other._scale);
}
