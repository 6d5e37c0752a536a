using LowLatency.Fix.Codec.Values;

namespace LowLatency.Fix.Tests.Codec;

public class ValueTests
{
    [Fact]
    public void TimestampsRoundTripAgainstDateTimeAcrossCenturies()
    {
        var random = new Random(12345);
        Span<byte> text = stackalloc byte[UtcTimestamp.MaxLength];
        for (int i = 0; i < 20_000; i++)
        {
            long ticks = random.NextInt64(new DateTime(1678, 1, 1).Ticks, new DateTime(2262, 1, 1).Ticks);
            var when = new DateTime(ticks, DateTimeKind.Utc);
            long nanos = (ticks - DateTime.UnixEpoch.Ticks) * 100;

            int length = UtcTimestamp.Format(nanos, TimestampPrecision.Nanoseconds, text);
            string expected = when.ToString("yyyyMMdd-HH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture) + "00";

            Assert.Equal(expected, System.Text.Encoding.ASCII.GetString(text[..length]));
            Assert.True(UtcTimestamp.TryParse(text[..length], out long parsed));
            Assert.Equal(nanos, parsed);
        }
    }

    [Fact]
    public void TheCachedFormatterAgreesWithTheDirectOneAcrossSecondAndDayBoundaries()
    {
        var formatter = new UtcTimestampFormatter(TimestampPrecision.Microseconds);
        Span<byte> a = stackalloc byte[UtcTimestamp.MaxLength];
        Span<byte> b = stackalloc byte[UtcTimestamp.MaxLength];
        long start = (new DateTime(2024, 2, 28, 23, 59, 58, DateTimeKind.Utc).Ticks - DateTime.UnixEpoch.Ticks) * 100;
        for (long t = start; t < start + (3L * UtcTimestamp.NanosPerDay / 2); t += 333_333_337_777)
        {
            int la = formatter.Format(t, a);
            int lb = UtcTimestamp.Format(t, TimestampPrecision.Microseconds, b);
            Assert.True(a[..la].SequenceEqual(b[..lb]));
        }
    }

    [Theory]
    [InlineData("20260105-09:00:00", 0)]
    [InlineData("20260105-09:00:00.5", 500_000_000)]
    [InlineData("20260105-09:00:00.123456", 123_456_000)]
    [InlineData("20240229-23:59:60", 1_000_000_000)]
    public void TimestampsParseWithAnyFraction(string text, long nanosAfter)
    {
        long midnightOrNine = text.StartsWith("2024", StringComparison.Ordinal)
            ? (new DateTime(2024, 2, 29, 23, 59, 59, DateTimeKind.Utc).Ticks - DateTime.UnixEpoch.Ticks) * 100
            : (new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc).Ticks - DateTime.UnixEpoch.Ticks) * 100;

        Assert.True(UtcTimestamp.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out long nanos));
        Assert.Equal(midnightOrNine + nanosAfter, nanos);
    }

    [Theory]
    [InlineData("20260230-09:00:00")]
    [InlineData("20261305-09:00:00")]
    [InlineData("20260105-24:00:00")]
    [InlineData("20260105 09:00:00")]
    [InlineData("20260105-09:00:00.")]
    [InlineData("20260105-09:00:00.1234567890")]
    [InlineData("20260105-09:0a:00")]
    [InlineData("23000105-09:00:00")]
    [InlineData("2026010509:00:00")]
    public void MalformedTimestampsAreRefused(string text)
    {
        Assert.False(UtcTimestamp.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out _));
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("007", 7)]
    [InlineData("-12", -12)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void IntegersParse(string text, int expected)
    {
        Assert.True(FixNumber.TryParseInt(System.Text.Encoding.ASCII.GetBytes(text), out int value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("+1")]
    [InlineData("1.0")]
    [InlineData("2147483648")]
    [InlineData("99999999999999999999")]
    [InlineData(" 1")]
    public void MalformedIntegersAreRefused(string text)
    {
        Assert.False(FixNumber.TryParseInt(System.Text.Encoding.ASCII.GetBytes(text), out _));
    }

    [Fact]
    public void NumbersFormatLikeTheRuntime()
    {
        Span<byte> text = stackalloc byte[FixNumber.MaxLongLength];
        long[] samples = [0, 1, 9, 10, 99, 100, 12345, -1, -10, long.MaxValue, long.MinValue, 999_999_999_999];
        foreach (long value in samples)
        {
            int length = FixNumber.Write(value, text);
            Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Text.Encoding.ASCII.GetString(text[..length]));
        }
    }
}
