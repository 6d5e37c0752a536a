using System.Runtime.CompilerServices;

namespace LowLatency.Fix.Codec.Values;

/// <summary>
/// Formats SendingTime/TransactTime without allocation and almost without arithmetic: the
/// "YYYYMMDD-HH:MM:SS" text of the last second is cached, so within a second only the fraction is formatted.
/// One per sending thread (it is mutable and not thread-safe).
/// </summary>
public sealed class UtcTimestampFormatter
{
    private readonly byte[] _secondText = new byte[UtcTimestamp.SecondsLength];
    private long _cachedSecond = long.MinValue;

    public UtcTimestampFormatter(TimestampPrecision precision = TimestampPrecision.Milliseconds)
    {
        Precision = precision;
    }

    public TimestampPrecision Precision { get; }

    /// <summary>Bytes one formatted value takes at <see cref="Precision"/>.</summary>
    public int Length => UtcTimestamp.LengthOf(Precision);

    /// <summary>Writes the timestamp; returns bytes written, 0 if <paramref name="destination"/> is too small.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Format(long epochNanos, Span<byte> destination)
    {
        int length = Length;
        if (destination.Length < length)
        {
            return 0;
        }

        long second = UtcTimestamp.FloorDiv(epochNanos, UtcTimestamp.NanosPerSecond, out long nanosOfSecond);
        if (second != _cachedSecond)
        {
            Refresh(second);
        }

        _secondText.CopyTo(destination);
        UtcTimestamp.FormatFraction(nanosOfSecond, Precision, destination[UtcTimestamp.SecondsLength..]);
        return length;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Refresh(long second)
    {
        UtcTimestamp.FormatSeconds(second, _secondText);
        _cachedSecond = second;
    }
}
