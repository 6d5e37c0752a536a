using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.Impact;

namespace LowLatency.Quant.Tests.Analytics.Impact;

public class MarketImpactTests
{
    private static readonly MarketImpactParameters Liquid = new(Spread: 0.02, DailyVolatility: 0.02, DailyVolume: 1_000_000);

    [Fact]
    public void CostIsHalfTheSpreadPlusTheSquareRootLaw()
    {
        // 50,000 of 1,000,000 daily volume at 50: half spread 0.01 × 50,000 = 500; impact
        // 50,000 × 50 × 0.02 × √0.05 = 11,180.34.
        var estimate = MarketImpact.Estimate(50_000, 50, Liquid);
        Assert.Equal(500, estimate.SpreadCost, 9);
        Assert.Equal(2_500_000 * 0.02 * Math.Sqrt(0.05), estimate.ImpactCost, 6);
        Assert.Equal(0.05, estimate.Participation, 15);
        Assert.Equal(estimate.TotalCost, MarketImpact.Estimate(-50_000, 50, Liquid).TotalCost);

        // Four times the size costs eight times the impact (Q·√Q).
        Assert.Equal(8 * estimate.ImpactCost, MarketImpact.Estimate(200_000, 50, Liquid).ImpactCost, 6);
    }

    [Fact]
    public void ARebalanceCostsTheSumOfItsOrders()
    {
        var illiquid = Liquid with { DailyVolume = 50_000, Spread = 0.1 };
        var total = MarketImpact.Rebalance([10_000, -5_000], [50, 20], [Liquid, illiquid]);
        double expected = MarketImpact.Estimate(10_000, 50, Liquid).TotalCost + MarketImpact.Estimate(-5_000, 20, illiquid).TotalCost;
        Assert.Equal(expected, total.TotalCost, 9);
        Assert.Equal(0.1, total.Participation, 15);
    }

    [Fact]
    public void ImpossibleLiquidityIsRefused()
    {
        Assert.Contains("DailyVolume", Assert.Throws<RiskInputException>(() => MarketImpact.Estimate(1, 50, Liquid with { DailyVolume = 0 })).Message, StringComparison.Ordinal);
        Assert.Contains("price", Assert.Throws<RiskInputException>(() => MarketImpact.Estimate(1, double.NaN, Liquid)).Message, StringComparison.Ordinal);
        Assert.Contains("quantities", Assert.Throws<RiskInputException>(() => MarketImpact.Rebalance([1, 2], [1], [Liquid, Liquid])).Message, StringComparison.Ordinal);
    }
}
