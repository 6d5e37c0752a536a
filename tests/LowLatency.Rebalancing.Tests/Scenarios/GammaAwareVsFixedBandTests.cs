using LowLatency.Rebalancing.Backtest;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Engine;
using LowLatency.Rebalancing.Tests.Fixtures;

namespace LowLatency.Rebalancing.Tests.Scenarios;

public class GammaAwareVsFixedBandTests(ITestOutputHelper output)
{
    private const int Paths = 12;
    private const int Steps = 1_000;
    private const double Days = 7; // a short-dated short straddle: gamma swings as spot moves and expiry nears

    private static (double Variance, double Cost, int Trades) Run(DeltaHedgeConfig delta)
    {
        double variance = 0, cost = 0;
        int trades = 0;
        for (int p = 0; p < Paths; p++)
        {
            // Common random numbers: every band sees the same 12 paths.
            var engine = RebalancingEngine.Create(Portfolios.DeltaOnly(delta, instruments: Portfolios.Instruments(optionDays: Days)));
            double horizon = Days - 0.5;
            double[] prices = new PathGenerator((ulong)(100 + p)).Gbm(60_000, 0, 0.6, horizon / 365 / Steps, Steps);
            var paths = new PricePaths([Portfolios.Btc], PricePaths.EvenTimes(Portfolios.StartNs, TimeSpan.FromDays(horizon / Steps), Steps), [prices]);
            BacktestReport report = new BacktestRunner(engine).Run(paths);
            Assert.Equal(0, report.RejectedFills);
            variance += report.PnlVariance / Paths;
            cost += report.TotalCost / Paths;
            trades += report.Trades;
        }

        return (variance, cost, trades);
    }

    [Theory]
    [InlineData(1e-5)]
    [InlineData(1e-4)]
    [InlineData(1e-3)]
    public void TheGammaAwareBandTradesLessAndCheaperThanAFixedBandWithTheSameHedgingErrorVariance(double riskAversion)
    {
        var gammaAware = Run(Portfolios.BtcDelta(DeltaBandKind.GammaAware) with { RiskAversion = riskAversion, MinHalfWidth = 0.05, MaxHalfWidth = 100 });

        // Calibrate the fixed band to the same risk: bisect its half-width (log scale) until its P&L variance
        // brackets the gamma-aware one within 1%, and compare with the riskier end of the bracket.
        double low = 0.05, high = 10;
        (double Variance, double Cost, int Trades) atHigh = Run(Portfolios.BtcDelta(DeltaBandKind.Fixed, high));
        Assert.True(atHigh.Variance > gammaAware.Variance);
        while (high / low > 1.01)
        {
            double mid = Math.Sqrt(low * high);
            var fixedBand = Run(Portfolios.BtcDelta(DeltaBandKind.Fixed, mid));
            if (fixedBand.Variance >= gammaAware.Variance)
            {
                (high, atHigh) = (mid, fixedBand);
            }
            else
            {
                low = mid;
            }
        }

        output.WriteLine($"γ={riskAversion}: gamma-aware var {gammaAware.Variance:F0} cost {gammaAware.Cost:F0} trades {gammaAware.Trades}; " +
            $"fixed ±{high:F3} var {atHigh.Variance:F0} cost {atHigh.Cost:F0} trades {atHigh.Trades}");
        Assert.InRange(atHigh.Variance / gammaAware.Variance, 1.0, 1.05); // same risk (the fixed band even slightly riskier)
        Assert.True(gammaAware.Cost < 0.95 * atHigh.Cost, "the gamma-aware band must cost at least 5% less for the same risk");
        Assert.True(gammaAware.Trades < atHigh.Trades);
    }
}
