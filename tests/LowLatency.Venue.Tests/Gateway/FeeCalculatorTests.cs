using LowLatency.Core.FixedPoint;
using LowLatency.Model.Orders;
using LowLatency.Venue.Config;
using LowLatency.Venue.Gateway;

namespace LowLatency.Venue.Tests.Gateway;

public sealed class FeeCalculatorTests
{
    [Theory]
    [InlineData(2.5, 1.5, "65000.00", "0.123", LiquidityIndicator.Taker, "1.19925000")]
    [InlineData(-0.5, 1.5, "65000.00", "0.123", LiquidityIndicator.Maker, "-0.39975000")]
    [InlineData(0.25, 1, "0.00000003", "1", LiquidityIndicator.Maker, "0.00000000")]
    [InlineData(1, 5, "100", "0.0003", LiquidityIndicator.Taker, "0.00001500")]
    [InlineData(1, 0.0001, "0.5", "1", LiquidityIndicator.Taker, "0.00000001")]
    [InlineData(-0.0001, 1, "0.5", "1", LiquidityIndicator.Maker, "-0.00000001")]
    [InlineData(1, 2, "100", "7", LiquidityIndicator.None, "0.00000000")]
    public void TheFeeOfAFillIsExactToEightDecimalsRoundedHalfAwayFromZero(double makerBps, double takerBps, string price, string quantity, LiquidityIndicator liquidity, string expected)
    {
        var fees = new FeeCalculator(new FeeSchedule(makerBps, takerBps));

        Price commission = fees.Commission(Price.Parse(price, Scale(price)), Quantity.Parse(quantity, Scale(quantity)), liquidity);

        Assert.Equal(Price.Parse(expected, 8), commission);
        Assert.Equal(FeeCalculator.Scale, commission.Scale);
    }

    private static int Scale(string number) => number.Contains('.', StringComparison.Ordinal) ? number.Length - number.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
}
