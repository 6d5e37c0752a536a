using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.Impact;

namespace LowLatency.Quant.Tests.Analytics.Impact;

public class TradeImpactTests
{
    private static double Quadratic(double[] w, MathNet.Numerics.LinearAlgebra.Matrix<double> cov)
    {
        double q = 0;
        for (int i = 0; i < w.Length; i++)
            for (int j = 0; j < w.Length; j++)
                q += w[i] * cov[i, j] * w[j];
        return q;
    }

    [Fact]
    public void TheVarianceChangeOfATradeIsTwoCrossTermsPlusItsOwnVariance()
    {
        var cov = TestMatrices.ConstantCorrelationCovariance([0.01, 0.02, 0.03], 0.25);
        double[] w = [1e6, -2e5, 3e5];
        double[] trade = [-4e5, 1e5, 0];
        var impact = TradeImpact.OfTrade(w, trade, cov);
        double[] after = [6e5, -1e5, 3e5];
        Assert.Equal(Quadratic(w, cov), impact.VarianceBefore, 6);
        Assert.Equal(Quadratic(after, cov) - Quadratic(w, cov), impact.Change, 6);
        Assert.Equal(Quadratic(trade, cov), impact.OwnTerm, 6);
        Assert.Equal(Math.Sqrt(Quadratic(after, cov)), impact.VolatilityAfter, 6);
        Assert.True(impact.CrossTerm < 0, "selling part of the long reduces risk");
        Assert.True(impact.VarianceReduction > 0);
    }

    [Fact]
    public void TheMinimumVarianceHedgeRemovesRhoSquaredOfTheVariance()
    {
        // Long 1m of factor 0 (σ 2 %), hedge in factor 1 (σ 2.5 %), ρ = 0.8: h* = −ρσ₀/σ₁·1m = −640,000.
        const double s0 = 0.02, s1 = 0.025, rho = 0.8;
        var cov = TestMatrices.Of(new double[,] { { s0 * s0, rho * s0 * s1 }, { rho * s0 * s1, s1 * s1 } });
        var hedge = TradeImpact.MinimumVarianceHedge([1e6, 0], cov, 1);
        Assert.Equal(-640_000, hedge.HedgeExposure, 6);
        Assert.Equal(rho * rho, hedge.VarianceReduction, 12);
        Assert.Equal(Quadratic([1e6, -640_000], cov), hedge.VarianceAfter, 3);

        // Any other hedge size leaves more variance.
        foreach (double h in new[] { -600_000.0, -680_000.0, -1e6 })
        {
            Assert.True(TradeImpact.OfTrade([1e6, 0], [0, h], cov).VarianceAfter > hedge.VarianceAfter);
        }
    }

    [Fact]
    public void TheHedgeRatioReproducesHullsJetFuelExample()
    {
        // Hull, OFOD §3.4: σ_S = 0.0263, σ_F = 0.0313, ρ = 0.928 ⇒ h* = 0.78; hedging 2,000,000 gallons with
        // 42,000-gallon heating-oil futures needs 0.78·2,000,000/42,000 = 37.14 contracts (37.13 unrounded).
        var estimate = TradeImpact.MinimumVarianceHedgeRatio(0.0263, 0.0313, 0.928);
        Assert.Equal(0.78, estimate.Ratio, 2);
        Assert.Equal(37.14, estimate.OptimalContracts(2_000_000, 42_000), 0.02);
        Assert.Equal(0.928 * 0.928, estimate.Effectiveness, 12);
    }

    [Fact]
    public void TheHedgeRatioFromSeriesIsTheRegressionSlope()
    {
        double[] f = [0.01, -0.02, 0.015, 0.0, -0.01, 0.02];
        double[] s = [0.012, -0.018, 0.01, 0.002, -0.012, 0.017];
        double mf = f.Average(), ms = s.Average(), cov = 0, varF = 0, varS = 0;
        for (int i = 0; i < f.Length; i++)
        {
            cov += (f[i] - mf) * (s[i] - ms);
            varF += (f[i] - mf) * (f[i] - mf);
            varS += (s[i] - ms) * (s[i] - ms);
        }

        var estimate = TradeImpact.MinimumVarianceHedgeRatio(s, f);
        Assert.Equal(cov / varF, estimate.Ratio, 12);
        Assert.Equal(cov / Math.Sqrt(varF * varS), estimate.Correlation, 12);
        Assert.Contains("zero variance", Assert.Throws<RiskInputException>(() => TradeImpact.MinimumVarianceHedgeRatio(s, [0.0, 0, 0, 0, 0, 0])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HedgeInputsOutsideTheBookAreRefused()
    {
        var cov = TestMatrices.Of(new double[,] { { 1e-4, 0 }, { 0, 0 } });
        Assert.Contains("outside", Assert.Throws<RiskInputException>(() => TradeImpact.MinimumVarianceHedge([1, 1], cov, 2)).Message, StringComparison.Ordinal);
        Assert.Contains("zero variance", Assert.Throws<RiskInputException>(() => TradeImpact.MinimumVarianceHedge([1, 1], cov, 1)).Message, StringComparison.Ordinal);
        Assert.Contains("trade", Assert.Throws<RiskInputException>(() => TradeImpact.OfTrade([1, 1], [1], cov)).Message, StringComparison.Ordinal);
        Assert.Contains("[−1, 1]", Assert.Throws<RiskInputException>(() => TradeImpact.MinimumVarianceHedgeRatio(0.1, 0.1, 1.2)).Message, StringComparison.Ordinal);
    }
}
