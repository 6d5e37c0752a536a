using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Testing;

namespace LowLatency.Core.Tests.FixedPoint;

public class PriceTests
{
    private static byte[] U(string s) => Encoding.ASCII.GetBytes(s);

    [Theory]
    [InlineData("101.25", 10125L, 2)]
    [InlineData("0", 0L, 0)]
    [InlineData("-0.5", -5L, 1)]
    [InlineData(".5", 5L, 1)]
    [InlineData("00023.230", 23230L, 3)]
    [InlineData("7", 7L, 0)]
    [InlineData("5.", 5L, 0)]
    [InlineData("9223372036854775807", long.MaxValue, 0)]
    [InlineData("-9223372036854775808", long.MinValue, 0)]
    [InlineData("0.000000000000000001", 1L, 18)]
    public void ParsesFixFloatsAtTheirNaturalScale(string text, long mantissa, int scale)
    {
        Assert.True(Price.TryParse(U(text), out Price p));
        Assert.Equal(mantissa, p.Mantissa);
        Assert.Equal(scale, p.Scale);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("1e5")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("99999999999999999999")]
    [InlineData("0.0000000000000000001")]
    public void RefusesTextThatIsNotAnExactFixFloat(string text)
    {
        Assert.False(Price.TryParse(U(text), out _));
    }

    [Theory]
    [InlineData("101.25", 4, 1012500L)]
    [InlineData("101.2500000", 2, 10125L)]
    [InlineData("3", 2, 300L)]
    [InlineData("-1.5", 3, -1500L)]
    public void ParsesExactlyAtAnInstrumentScale(string text, int scale, long mantissa)
    {
        Assert.True(Price.TryParse(U(text), scale, out Price p));
        Assert.Equal(mantissa, p.Mantissa);
        Assert.Equal(scale, p.Scale);
    }

    [Theory]
    [InlineData("101.255", 2)]
    [InlineData("92233720368547758.08", 2)]
    [InlineData("1", 19)]
    public void RefusesToParseWhenTheScaleWouldLoseDigitsOrOverflow(string text, int scale)
    {
        Assert.False(Price.TryParse(U(text), scale, out _));
    }

    [Theory]
    [InlineData(10125L, 2, "101.25")]
    [InlineData(5L, 2, "0.05")]
    [InlineData(-5L, 3, "-0.005")]
    [InlineData(0L, 2, "0.00")]
    [InlineData(0L, 0, "0")]
    [InlineData(long.MinValue, 0, "-9223372036854775808")]
    [InlineData(long.MinValue, 18, "-9.223372036854775808")]
    [InlineData(long.MaxValue, 18, "9.223372036854775807")]
    public void FormatsWithExactlyItsScaleDecimals(long mantissa, int scale, string expected)
    {
        var p = new Price(mantissa, scale);
        Span<byte> buffer = stackalloc byte[Price.MaxFormattedLength];
        Assert.True(p.TryFormat(buffer, out int written));
        Assert.Equal(expected, Encoding.ASCII.GetString(buffer[..written]));
        Assert.Equal(expected, p.ToString());
    }

    [Fact]
    public void FormatRefusesATooSmallBufferWithoutWriting()
    {
        var p = new Price(10125, 2);
        Span<byte> buffer = stackalloc byte[5];
        Assert.False(p.TryFormat(buffer, out int written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void FormatThenParseRoundTripsRandomValuesAtEveryScale()
    {
        var random = new Random(42);
        Span<byte> buffer = stackalloc byte[Price.MaxFormattedLength];
        for (int i = 0; i < 20_000; i++)
        {
            long mantissa = random.NextInt64(long.MinValue, long.MaxValue) >> random.Next(0, 63);
            int scale = random.Next(0, Price.MaxScale + 1);
            var p = new Price(mantissa, scale);
            Assert.True(p.TryFormat(buffer, out int written));
            Assert.True(Price.TryParse(buffer[..written], out Price back));
            Assert.Equal(mantissa, back.Mantissa);
            Assert.Equal(scale, back.Scale);
        }
    }

    [Fact]
    public void AdditionAlignsScalesExactly()
    {
        Price sum = new Price(10125, 2) + new Price(5, 3);
        Assert.Equal(101255L, sum.Mantissa);
        Assert.Equal(3, sum.Scale);
        Assert.Equal(new Price(101250, 3), new Price(10125, 2));
        Assert.Equal(new Price(10125, 2).GetHashCode(), new Price(1012500, 4).GetHashCode());
    }

    [Fact]
    public void ArithmeticRefusesOverflowInsteadOfWrapping()
    {
        var max = new Price(long.MaxValue, 0);
        Assert.Throws<OverflowException>(() => max + new Price(1, 0));
        Assert.Throws<OverflowException>(() => new Price(long.MinValue, 0) - new Price(1, 0));
        Assert.Throws<OverflowException>(() => -new Price(long.MinValue, 2));
        Assert.Throws<OverflowException>(() => max * 2);
        Assert.Throws<OverflowException>(() => new Price((long.MaxValue / 10) + 1, 0) + new Price(1, 1));
    }

    [Fact]
    public void ComparisonIsExactAcrossScalesEvenWhenAlignmentWouldOverflow()
    {
        var big = new Price(long.MaxValue, 0);
        var tiny = new Price(1, 18);
        Assert.True(big > tiny);
        Assert.True(new Price(-long.MaxValue, 0) < tiny);
        Assert.True(new Price(100, 2) == new Price(1, 0));
        Assert.True(new Price(101, 2) > new Price(1, 0));
    }

    [Fact]
    public void RescaleIsExactOrRefused()
    {
        Assert.Equal(1012500L, new Price(10125, 2).Rescale(4).Mantissa);
        Assert.Equal(10125L, new Price(1012500, 4).Rescale(2).Mantissa);
        Assert.Throws<ArgumentException>(() => new Price(10125, 2).Rescale(1));
        Assert.Throws<OverflowException>(() => new Price(long.MaxValue / 10, 0).Rescale(2));
        Assert.False(new Price(10125, 2).TryRescale(1, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Price(1, 19));
    }

    [Theory]
    [InlineData(101.255, 2, 10126L)]
    [InlineData(-101.255, 2, -10126L)]
    [InlineData(0.1 + 0.2, 2, 30L)]
    [InlineData(1e-9, 9, 1L)]
    public void FromDoubleRoundsHalfAwayFromZero(double value, int scale, long mantissa)
    {
        Assert.Equal(mantissa, Price.FromDouble(value, scale).Mantissa);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e19)]
    [InlineData(-1e19)]
    public void FromDoubleRefusesNonFiniteOrOutOfRangeValues(double value)
    {
        Assert.ThrowsAny<ArgumentException>(() =>
        {
            try
            {
                Price.FromDouble(value, 0);
            }
            catch (OverflowException ex)
            {
                throw new ArgumentException("overflow", ex);
            }
        });
    }

    [Fact]
    public void ToDoubleIsTheCorrectlyRoundedQuotient()
    {
        Assert.Equal(101.25, new Price(10125, 2).ToDouble());
        Assert.Equal(0.1, new Price(1, 1).ToDouble());
        Assert.Equal(-0.000001, new Price(-1, 6).ToDouble());
    }

    [Fact]
    public void ParseAndFormatAllocateNothing()
    {
        byte[] text = U("12345.6789");
        byte[] output = new byte[Price.MaxFormattedLength];
        var other = new Price(1, 2);
        long allocated = Allocations.Measure(() =>
        {
            Price.TryParse(text, 4, out Price p);
            p.TryFormat(output, out _);
            _ = p + other;
            _ = p < other;
        });
        Assert.Equal(0, allocated);
    }
}
