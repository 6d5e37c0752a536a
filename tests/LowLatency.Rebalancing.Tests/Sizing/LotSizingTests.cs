using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Sizing;

namespace LowLatency.Rebalancing.Tests.Sizing;

public class LotSizingTests
{
    [Fact]
    public void InsideTheBandNoLotIsTraded()
    {
        Assert.Equal(0, LotSizing.BandLots(0.5, 0.5, 0.001, TradeTo.BandEdge));
        Assert.Equal(0, LotSizing.BandLots(-0.2, 0.5, 0.001, TradeTo.Target));
        Assert.Equal(0, LotSizing.BandLots(double.NaN, 0.5, 0.001, TradeTo.Target));
    }

    [Fact]
    public void BandEdgeTakesTheSmallestCompliantTradeAndTargetTheNearestToTarget()
    {
        // deviation 1.2345, band 0.5, lot 0.1: edge needs ≥ 0.7345 → 8 lots; target 1.2345 → 12 lots.
        Assert.Equal(8, LotSizing.BandLots(1.2345, 0.5, 0.1, TradeTo.BandEdge));
        Assert.Equal(12, LotSizing.BandLots(-1.2345, 0.5, 0.1, TradeTo.Target));
    }

    [Fact]
    public void AnExactMultipleIsNotRoundedOneLotTooFar()
    {
        // 0.3 / 0.1 is 2.9999999999999996 in binary: still 3 lots, not 4.
        Assert.Equal(3, LotSizing.BandLots(0.8, 0.5, 0.1, TradeTo.BandEdge));
    }

    [Fact]
    public void PostTradeDeviationIsInsideTheBandWheneverALotFitsInIt()
    {
        var rnd = new Random(11);
        for (int i = 0; i < 20_000; i++)
        {
            double half = 0.01 + rnd.NextDouble() * 2;
            double lot = half * 2 * rnd.NextDouble() + 1e-6; // ≤ 2H
            double x = (rnd.NextDouble() - 0.5) * 40;
            foreach (TradeTo mode in new[] { TradeTo.BandEdge, TradeTo.Target })
            {
                long n = LotSizing.BandLots(x, half, lot, mode);
                double post = x - Math.Sign(x) * n * lot;
                Assert.True(Math.Abs(post) <= half * (1 + 1e-9), $"x={x} H={half} lot={lot} {mode}: n={n} post={post}");
                if (mode == TradeTo.BandEdge && n > 0)
                {
                    Assert.True(Math.Abs(x - Math.Sign(x) * (n - 1) * lot) > half, "band edge trades the fewest lots");
                }
            }
        }
    }

    [Fact]
    public void HugeDeviationsAreCappedInsteadOfOverflowing()
    {
        Assert.Equal((long)LotSizing.MaxLots, LotSizing.BandLots(1e300, 1, 1e-9, TradeTo.Target));
        Assert.Equal((long)LotSizing.MaxLots, LotSizing.CeilingLots(double.PositiveInfinity, 1));
    }
}
