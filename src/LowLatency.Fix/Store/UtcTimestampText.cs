using System.Runtime.CompilerServices;

namespace LowLatency.Fix.Store;

/// <summary>
/// FIX-style UTC timestamps (<c>yyyyMMdd-HH:mm:ss.fff…</c>) written straight into bytes, for the store's
/// creation-time file and the message log's line prefixes, without DateTime formatting or strings.
/// </summary>
internal static class UtcTimestampText
{
    /// <summary>Length of <c>yyyyMMdd-HH:mm:ss.fffffffff</c>.</summary>
    public const int NanosLength = 27;

    /// <summary>Length of <c>yyyyMMdd-HH:mm:ss.ffffff</c>.</summary>
    public const int MicrosLength = 24;

    private const long UnixEpochTicks = 621_355_968_000_000_000L;

    /// <summary>Writes <c>yyyyMMdd-HH:mm:ss.fffffffff</c>; <paramref name="destination"/> needs <see cref="NanosLength"/> bytes.</summary>
    public static int FormatNanos(long utcEpochNanos, Span<byte> destination)
    {
        WriteSeconds(utcEpochNanos, destination);
        WriteDigits(destination.Slice(18, 9), Mod(utcEpochNanos, 1_000_000_000));
        return NanosLength;
    }

    /// <summary>Writes <c>yyyyMMdd-HH:mm:ss.ffffff</c>; <paramref name="destination"/> needs <see cref="MicrosLength"/> bytes.</summary>
    public static int FormatMicros(long utcEpochNanos, Span<byte> destination)
    {
        WriteSeconds(utcEpochNanos, destination);
        WriteDigits(destination.Slice(18, 6), Mod(utcEpochNanos, 1_000_000_000) / 1000);
        return MicrosLength;
    }

    /// <summary>Parses what <see cref="FormatNanos"/> writes.</summary>
    public static bool TryParseNanos(ReadOnlySpan<char> text, out long utcEpochNanos)
    {
        utcEpochNanos = 0;
        if (text.Length != NanosLength || text[8] != '-' || text[11] != ':' || text[14] != ':' || text[17] != '.')
        {
            return false;
        }

        if (!TryDigits(text[..4], out int year) || !TryDigits(text[4..6], out int month) || !TryDigits(text[6..8], out int day) ||
            !TryDigits(text[9..11], out int hour) || !TryDigits(text[12..14], out int minute) ||
            !TryDigits(text[15..17], out int second) || !TryDigits(text[18..27], out int nanos))
        {
            return false;
        }

        if (year < 1970 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) ||
            hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var time = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);
        utcEpochNanos = ((time.Ticks - UnixEpochTicks) * 100) + nanos;
        return true;
    }

    /// <summary>Length of the <c>yyyyMMdd-HH:mm:ss.</c> prefix shared by every timestamp in one second.</summary>
    public const int SecondsPrefixLength = 18;

    /// <summary>Whole seconds since the epoch (floor), the key under which a caller may cache <see cref="WriteSeconds"/>.</summary>
    public static long EpochSecond(long utcEpochNanos) => FloorDiv(utcEpochNanos, 1_000_000_000);

    /// <summary>Writes <c>yyyyMMdd-HH:mm:ss.</c> (<see cref="SecondsPrefixLength"/> bytes).</summary>
    public static void WriteSeconds(long utcEpochNanos, Span<byte> d)
    {
        var time = new DateTime(UnixEpochTicks + (FloorDiv(utcEpochNanos, 1_000_000_000) * TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        WriteDigits(d[..4], time.Year);
        WriteDigits(d.Slice(4, 2), time.Month);
        WriteDigits(d.Slice(6, 2), time.Day);
        d[8] = (byte)'-';
        WriteDigits(d.Slice(9, 2), time.Hour);
        d[11] = (byte)':';
        WriteDigits(d.Slice(12, 2), time.Minute);
        d[14] = (byte)':';
        WriteDigits(d.Slice(15, 2), time.Second);
        d[17] = (byte)'.';
    }

    /// <summary>Writes <paramref name="value"/> as exactly <c>destination.Length</c> digits, zero-padded.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteDigits(Span<byte> destination, long value)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static long FloorDiv(long value, long divisor) => (value - Mod(value, divisor)) / divisor;

    public static long Mod(long value, long divisor)
    {
        long r = value % divisor;
        return r < 0 ? r + divisor : r;
    }
}
