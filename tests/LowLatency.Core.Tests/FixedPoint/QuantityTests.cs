using System.Text;
using LowLatency.Core.FixedPoint;

namespace LowLatency.Core.Tests.FixedPoint;

// Quantity shares FixedPointMath with Price (tested in full in PriceTests); these pin the public surface.
public class QuantityTests
{
    [Fact]
    public void ParsesFormatsAndAddsLikeAFixedPointNumber()
    {
        Assert.True(Quantity.TryParse(Encoding.ASCII.GetBytes("250.5"), 3, out Quantity q));
        Assert.Equal(250500L, q.Mantissa);
        Assert.Equal("250.500", q.ToString());
        Assert.Equal(new Quantity(5010, 1), q + q);
        Assert.Equal(new Quantity(0, 0), q - q);
        Assert.True((-q).IsNegative);
        Assert.Equal(q, (-q).Abs());
    }

    [Fact]
    public void RefusesOverflow()
    {
        Assert.Throws<OverflowException>(() => new Quantity(long.MaxValue, 0) + new Quantity(1, 0));
    }
}
