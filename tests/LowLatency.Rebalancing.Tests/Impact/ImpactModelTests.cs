using LowLatency.Quant.Analytics.Impact;
using LowLatency.Rebalancing.Impact;

namespace LowLatency.Rebalancing.Tests.Impact;

public class ImpactModelTests
{
    private static readonly HedgeCost Cost = new()
    {
        Spread = 2.0,
        FeeRate = 0.0004,
        DailyVolume = 10_000,
        DailyVolatility = 0.03,
        ImpactCoefficient = 0.8,
        CarryRatePerDay = 0.0003,
    };

    [Fact]
    public void TotalCostIsHalfSpreadPlusFeePlusSquareRootImpactPlusCarry()
    {
        const double Units = 25, Price = 60_000, Days = 2;
        double impact = 0.8 * 0.03 * Math.Sqrt(Units / 10_000);
        double expected = Units * 1.0 + Units * Price * 0.0004 + Units * Price * impact + Units * Price * 0.0003 * Days;
        Assert.Equal(expected, ImpactModel.TotalCost(Units, Price, Cost, Days), 9);
        Assert.Equal(Units * Price * impact, ImpactModel.Estimate(-Units, Price, Cost).ImpactCost, 9);
        Assert.Equal(Units * 1.0, ImpactModel.Estimate(-Units, Price, Cost).SpreadCost, 12);
    }

    [Fact]
    public void SpreadAndImpactAreTheAnalyticsMarketImpactEstimate()
    {
        var parameters = new MarketImpactParameters(Cost.Spread, Cost.DailyVolatility, Cost.DailyVolume, Cost.ImpactCoefficient);
        foreach (double units in new[] { 0.001, 1, -25, 10_000 })
        {
            ImpactEstimate analytics = MarketImpact.Estimate(units, 60_000, parameters);
            Assert.Equal(analytics, ImpactModel.Estimate(units, 60_000, Cost));
            Assert.Equal(analytics.TotalCost + Math.Abs(units) * 60_000 * (0.0004 + Math.Sign(units) * 0.0003), ImpactModel.TotalCost(units, 60_000, Cost, 1), 6);
        }
    }

    [Fact]
    public void UnusableLiveInputsPriceTheOrderAtInfinityInsteadOfThrowing()
    {
        Assert.Equal(double.PositiveInfinity, ImpactModel.TotalCost(1, 60_000, Cost with { DailyVolume = 0 }, 1));
        Assert.Equal(double.PositiveInfinity, ImpactModel.TotalCost(1, 60_000, Cost with { Spread = double.NaN }, 1));
        Assert.Equal(double.PositiveInfinity, ImpactModel.TotalCost(1, 0, Cost, 1));
        Assert.Equal(0, ImpactModel.MaxUnitsWithin(0.001, Cost with { DailyVolatility = -1 }));
    }

    [Fact]
    public void ASellEarnsTheCarryThatABuyPays()
    {
        double buy = ImpactModel.TotalCost(10, 100, Cost, 1);
        double sell = ImpactModel.TotalCost(-10, 100, Cost, 1);
        Assert.Equal(2 * 10 * 100 * 0.0003, buy - sell, 12);
    }

    [Fact]
    public void ImpactFollowsTheSquareRootLaw()
    {
        Assert.Equal(2.0, ImpactModel.ImpactFraction(400, 100, Cost) / ImpactModel.ImpactFraction(100, 100, Cost), 12);
    }

    [Fact]
    public void MaxUnitsWithinIsTheSizeWhoseImpactEqualsTheLimit()
    {
        double units = ImpactModel.MaxUnitsWithin(0.001, Cost);
        Assert.Equal(0.001, ImpactModel.ImpactFraction(units, 100, Cost), 12);
        Assert.Equal(double.PositiveInfinity, ImpactModel.MaxUnitsWithin(0, Cost));
        Assert.Equal(double.PositiveInfinity, ImpactModel.MaxUnitsWithin(0.001, Cost with { ImpactCoefficient = 0 }));
    }

    [Fact]
    public void ProportionalCostIsHalfSpreadOverPricePlusFee()
    {
        Assert.Equal(1.0 / 60_000 + 0.0004, ImpactModel.ProportionalCost(60_000, Cost), 15);
        Assert.Equal(double.PositiveInfinity, ImpactModel.ProportionalCost(0, Cost));
    }
}
