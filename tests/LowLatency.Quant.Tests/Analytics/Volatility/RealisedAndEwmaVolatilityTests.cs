using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.Volatility;

namespace LowLatency.Quant.Tests.Analytics.Volatility;

public class RealisedAndEwmaVolatilityTests
{
    private static readonly double[] FiveReturns = [0.01, -0.02, 0.015, 0.005, -0.01];

    [Fact]
    public void RealisedVolatilityIsTheBesselCorrectedSampleStandardDeviation()
    {
        // Mean is exactly 0; Σr² = 1e-4 + 4e-4 + 2.25e-4 + 0.25e-4 + 1e-4 = 8.5e-4.
        Assert.Equal(Math.Sqrt(8.5e-4 / 4), RealisedVolatility.PerPeriod(FiveReturns), 15);
        Assert.Equal(Math.Sqrt(8.5e-4 / 5), RealisedVolatility.PerPeriod(FiveReturns, demean: false), 15);
    }

    [Fact]
    public void AnnualisationIsExplicitSquareRootOfTime()
    {
        Assert.Equal(Math.Sqrt(8.5e-4 / 4) * Math.Sqrt(252), RealisedVolatility.Annualised(FiveReturns, 252), 14);
        Assert.Equal(0.02 * Math.Sqrt(52), RealisedVolatility.Annualise(0.02, 52), 15);
    }

    [Fact]
    public void RealisedVolatilityRefusesNaNAndTooFewReturnsNamingTheProblem()
    {
        var nan = Assert.Throws<RiskInputException>(() => RealisedVolatility.PerPeriod([0.01, double.NaN, 0.02]));
        Assert.Contains("returns[1]", nan.Message, StringComparison.Ordinal);
        Assert.Equal("returns", nan.ParamName);
        var few = Assert.Throws<RiskInputException>(() => RealisedVolatility.PerPeriod([0.01]));
        Assert.Contains("at least 2", few.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(few);
    }

    [Fact]
    public void LogAndSimpleReturnsFollowTheirDefinitions()
    {
        double[] prices = [100, 110, 99];
        var simple = new double[2];
        var log = new double[2];
        ReturnSeries.SimpleReturns(prices, simple);
        ReturnSeries.LogReturns(prices, log);
        Assert.Equal(0.1, simple[0], 15);
        Assert.Equal(-0.1, simple[1], 15);
        Assert.Equal(Math.Log(1.1), log[0], 15);
        Assert.Throws<RiskInputException>(() => ReturnSeries.LogReturns([100, 0, 99], log));
    }

    [Fact]
    public void EwmaUpdateReproducesHullsWorkedExample()
    {
        // Hull, Options, Futures and Other Derivatives, EWMA example: λ = 0.90, yesterday's volatility 1 %
        // (σ² = 0.0001), the market moved 2 % (u² = 0.0004): σ²_n = 0.9·0.0001 + 0.1·0.0004 = 0.00013.
        var ewma = new EwmaVolatility(0.90, seedVariance: 0.0001);
        ewma.Update(0.02);
        Assert.Equal(0.00013, ewma.Variance, 15);
        Assert.Equal(0.0114, ewma.Volatility, 4);
    }

    [Fact]
    public void EwmaEqualsTheExplicitlyWeightedSumOfSquaredReturns()
    {
        var random = new Random(7);
        var returns = new double[300];
        for (int i = 0; i < returns.Length; i++)
        {
            returns[i] = 0.02 * (random.NextDouble() - 0.5);
        }

        const double lambda = EwmaVolatility.RiskMetricsDailyLambda;

        // σ²_{T+1} = (1−λ)·Σ_{i=0}^{T−2} λ^i·r²_{T−i} + λ^{T−1}·r²_1 (the first return seeds the recursion).
        double expected = Math.Pow(lambda, returns.Length - 1) * returns[0] * returns[0];
        for (int i = 0; i < returns.Length - 1; i++)
        {
            double r = returns[returns.Length - 1 - i];
            expected += (1 - lambda) * Math.Pow(lambda, i) * r * r;
        }

        Assert.Equal(expected, EwmaVolatility.Estimate(returns), 15);
    }

    [Fact]
    public void EwmaOfAConstantSizeMoveConvergesToThatMoveSquared()
    {
        var ewma = new EwmaVolatility(seedVariance: 1e-2);
        for (int i = 0; i < 2_000; i++)
        {
            ewma.Update(i % 2 == 0 ? 0.015 : -0.015);
        }

        Assert.Equal(0.015 * 0.015, ewma.Variance, 12);
    }

    [Fact]
    public void RiskMetricsEffectiveWindowForLambda094IsAbout74Days()
    {
        // RiskMetrics TD §5.2.2: λ^K = 1 % ⇒ K = ln 0.01 / ln 0.94 ≈ 74.4 days.
        double k = EwmaVolatility.EffectiveWindow(0.94, 0.01);
        Assert.InRange(k, 74.0, 75.0);
        Assert.Equal(0.01, Math.Pow(0.94, k), 12);
    }

    [Fact]
    public void EwmaRefusesABadLambdaAndANonFiniteReturnWithoutChangingState()
    {
        Assert.Throws<RiskInputException>(() => new EwmaVolatility(1.0));
        Assert.Throws<RiskInputException>(() => new EwmaVolatility(0.0));
        var ewma = new EwmaVolatility(seedVariance: 0.0004);
        var ex = Assert.Throws<RiskInputException>(() => ewma.Update(double.PositiveInfinity));
        Assert.Contains("finite", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0.0004, ewma.Variance);
        Assert.True(double.IsNaN(new EwmaVolatility().Variance));
    }
}
