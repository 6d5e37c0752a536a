using System.Runtime.CompilerServices;

namespace LowLatency.Fix.Codec.Values;

// UTCTimestamp is "YYYYMMDD-HH:MM:SS" with an optional fraction (FIX 4.4: ".sss"; we accept 1 to 9 digits
// because FIX 5.0 and many venues send micro- or nanoseconds). Values are nanoseconds since the Unix epoch,
// the unit of IClock.UtcEpochNanoseconds. Dates use the proleptic Gregorian calendar through the
// days-from-civil / civil-from-days arithmetic (no DateTime, no tables, no allocation). A long of
// nanoseconds spans 1677-09-21 to 2262-04-11; anything outside is a format error, not a wrap.

/// <summary>Parses and formats FIX UTCTimestamp, UTCDateOnly and UTCTimeOnly values as epoch nanoseconds.</summary>
public static class UtcTimestamp
{
    /// <summary>Length of "YYYYMMDD-HH:MM:SS".</summary>
    public const int SecondsLength = 17;

    /// <summary>Longest formatted timestamp: seconds, '.', nine digits.</summary>
    public const int MaxLength = SecondsLength + 10;

    public const long NanosPerSecond = 1_000_000_000L;
    public const long NanosPerDay = 86_400L * NanosPerSecond;

    private const long MinDays = -106_751; // 1677-09-21, the first whole day a long of nanoseconds holds
    private const long MaxDays = 106_750;  // 2262-04-10

    /// <summary>Parses "YYYYMMDD-HH:MM:SS[.f{1,9}]".</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out long epochNanos)
    {
        epochNanos = 0;
        if (text.Length < SecondsLength || text[8] != (byte)'-' ||
            !TryParseDate(text[..8], out long days) ||
            !TryParseTimeOfDay(text[9..], out long nanosOfDay))
        {
            return false;
        }

        epochNanos = (days * NanosPerDay) + nanosOfDay;
        return true;
    }

    /// <summary>Parses UTCDateOnly / LocalMktDate "YYYYMMDD" as days since the epoch.</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> text, out long epochDays)
    {
        epochDays = 0;
        if (text.Length != 8 || !TryDigits(text[..4], out int year) || !TryDigits(text.Slice(4, 2), out int month) ||
            !TryDigits(text.Slice(6, 2), out int day) || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            return false;
        }

        epochDays = DaysFromCivil(year, month, day);
        return epochDays >= MinDays && epochDays <= MaxDays;
    }

    /// <summary>Parses UTCTimeOnly "HH:MM:SS[.f{1,9}]" as nanoseconds since midnight (second 60 allowed: leap second).</summary>
    public static bool TryParseTimeOfDay(ReadOnlySpan<byte> text, out long nanosOfDay)
    {
        nanosOfDay = 0;
        if (text.Length < 8 || text[2] != (byte)':' || text[5] != (byte)':' ||
            !TryDigits(text[..2], out int hour) || !TryDigits(text.Slice(3, 2), out int minute) ||
            !TryDigits(text.Slice(6, 2), out int second) || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        long fraction = 0;
        if (text.Length > 8)
        {
            int digits = text.Length - 9;
            if (text[8] != (byte)'.' || digits < 1 || digits > 9 || !TryDigits(text[9..], out int raw))
            {
                return false;
            }

            fraction = raw * Pow10[9 - digits];
        }

        nanosOfDay = (((hour * 3600L) + (minute * 60L) + second) * NanosPerSecond) + fraction;
        return true;
    }

    /// <summary>Formats <paramref name="epochNanos"/>; returns bytes written (0 if the destination is too small).</summary>
    public static int Format(long epochNanos, TimestampPrecision precision, Span<byte> destination)
    {
        int length = LengthOf(precision);
        if (destination.Length < length)
        {
            return 0;
        }

        long seconds = FloorDiv(epochNanos, NanosPerSecond, out long nanosOfSecond);
        FormatSeconds(seconds, destination);
        FormatFraction(nanosOfSecond, precision, destination[SecondsLength..]);
        return length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LengthOf(TimestampPrecision precision) =>
        precision == TimestampPrecision.Seconds ? SecondsLength : SecondsLength + 1 + (int)precision;

    /// <summary>Writes "YYYYMMDD-HH:MM:SS" for whole epoch seconds into the first 17 bytes.</summary>
    internal static void FormatSeconds(long epochSeconds, Span<byte> destination)
    {
        long days = FloorDiv(epochSeconds, 86_400L, out long secondOfDay);
        CivilFromDays(days, out int year, out int month, out int day);
        int hour = (int)(secondOfDay / 3600);
        int minute = (int)((secondOfDay / 60) % 60);
        int second = (int)(secondOfDay % 60);
        FixNumber.WritePadded((uint)year, destination, 4);
        FixNumber.WritePadded((uint)month, destination[4..], 2);
        FixNumber.WritePadded((uint)day, destination[6..], 2);
        destination[8] = (byte)'-';
        FixNumber.WritePadded((uint)hour, destination[9..], 2);
        destination[11] = (byte)':';
        FixNumber.WritePadded((uint)minute, destination[12..], 2);
        destination[14] = (byte)':';
        FixNumber.WritePadded((uint)second, destination[15..], 2);
    }

    /// <summary>Writes ".fff" (as many digits as the precision) for the sub-second part; nothing for seconds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void FormatFraction(long nanosOfSecond, TimestampPrecision precision, Span<byte> destination)
    {
        int digits = (int)precision;
        if (digits == 0)
        {
            return;
        }

        destination[0] = (byte)'.';
        FixNumber.WritePadded((uint)(nanosOfSecond / Pow10[9 - digits]), destination[1..], digits);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long FloorDiv(long value, long divisor, out long remainder)
    {
        long q = value / divisor;
        long r = value - (q * divisor);
        if (r < 0)
        {
            q--;
            r += divisor;
        }

        remainder = r;
        return q;
    }

    // Days since 1970-01-01 of a proleptic Gregorian date: years are shifted to start in March so the
    // leap day is the last day of the year, then counted in 400-year eras of 146097 days.
    internal static long DaysFromCivil(int year, int month, int day)
    {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yearOfEra = y - (era * 400);
        long dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        long dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    // The inverse of DaysFromCivil.
    internal static void CivilFromDays(long days, out int year, out int month, out int day)
    {
        long z = days + 719468;
        long era = (z >= 0 ? z : z - 146096) / 146097;
        long dayOfEra = z - (era * 146097);
        long yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        long dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        long mp = ((5 * dayOfYear) + 2) / 153;
        day = (int)(dayOfYear - (((153 * mp) + 2) / 5) + 1);
        month = (int)(mp < 10 ? mp + 3 : mp - 9);
        year = (int)(yearOfEra + (era * 400) + (month <= 2 ? 1 : 0));
    }

    private static int DaysInMonth(int year, int month)
    {
        if (month == 2)
        {
            bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            return leap ? 29 : 28;
        }

        return month is 4 or 6 or 9 or 11 ? 30 : 31;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        int acc = 0;
        for (int i = 0; i < text.Length; i++)
        {
            uint d = (uint)(text[i] - '0');
            if (d > 9)
            {
                value = 0;
                return false;
            }

            acc = (acc * 10) + (int)d;
        }

        value = acc;
        return true;
    }

    private static readonly long[] Pow10 = [1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L];
}
