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
        Assert.Equal(Units * Price * impact, ImpactModel.ImpactCost(-Units, Price, Cost), 9);
        Assert.Equal(Units * 1.0, ImpactModel.SpreadCost(-Units, Cost), 12);
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
        Assert.Equal(2.0, ImpactModel.ImpactFraction(400, Cost) / ImpactModel.ImpactFraction(100, Cost), 12);
    }

    [Fact]
    public void MaxUnitsWithinIsTheSizeWhoseImpactEqualsTheLimit()
    {
        double units = ImpactModel.MaxUnitsWithin(0.001, Cost);
        Assert.Equal(0.001, ImpactModel.ImpactFraction(units, Cost), 12);
        Assert.Equal(double.PositiveInfinity, ImpactModel.MaxUnitsWithin(0, Cost));
        Assert.Equal(double.PositiveInfinity, ImpactModel.MaxUnitsWithin(0.001, Cost with { ImpactCoefficient = 0 }));
    }

    [Fact]
    public void ProportionalCostIsHalfSpreadOverPricePlusFee()
    {
        Assert.Equal(1.0 / 60_000 + 0.0004, ImpactModel.ProportionalCost(60_000, Cost), 15);
        Assert.Equal(0.0, ImpactModel.ProportionalCost(0, Cost));
    }
}
