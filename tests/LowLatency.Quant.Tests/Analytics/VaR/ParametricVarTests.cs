using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.VaR;

namespace LowLatency.Quant.Tests.Analytics.VaR;

public class ParametricVarTests
{
    [Fact]
    public void OneMillionAtOnePercentDailyVolatilityHas99PercentVarOf23263()
    {
        // Jorion: VaR = α·σ·W with α(99 %) = 2.326; ES/σ at 99 % = φ(2.326)/0.01 = 2.6652.
        var cov = TestMatrices.Of(new double[,] { { 0.0001 } });
        var result = ParametricVar.DeltaNormal([1_000_000], cov, 0.99);
        Assert.Equal(23_263.48, result.ValueAtRisk, 1);
        Assert.Equal(26_652.1, result.ExpectedShortfall, 0);
        Assert.Equal(10_000, result.PnlStandardDeviation, 9);

        var at95 = ParametricVar.DeltaNormal([1_000_000], cov, 0.95);
        Assert.Equal(16_448.5, at95.ValueAtRisk, 1);
        Assert.Equal(20_627.1, at95.ExpectedShortfall, 0);

        // FRTB's observation: 97.5 % ES of a normal ≈ 99 % VaR (2.338σ vs 2.326σ).
        Assert.Equal(23_378.0, ParametricVar.DeltaNormal([1_000_000], cov, 0.975).ExpectedShortfall, 0);
    }

    [Fact]
    public void TwoAssetVarUsesTheCorrelationTerm()
    {
        // σ_p² = w1²σ1² + w2²σ2² + 2ρw1w2σ1σ2.
        double s1 = 0.012, s2 = 0.02, rho = 0.3, w1 = 2e6, w2 = -1e6;
        var cov = TestMatrices.Of(new double[,] { { s1 * s1, rho * s1 * s2 }, { rho * s1 * s2, s2 * s2 } });
        double sigma = Math.Sqrt(w1 * w1 * s1 * s1 + w2 * w2 * s2 * s2 + 2 * rho * w1 * w2 * s1 * s2);
        var result = ParametricVar.DeltaNormal([w1, w2], cov, 0.99, horizonPeriods: 10);
        Assert.Equal(2.3263478740408408 * sigma * Math.Sqrt(10), result.ValueAtRisk, 6);
    }

    [Fact]
    public void ComponentVarSumsToVarAndMarginalVarIsTheDerivative()
    {
        var cov = TestMatrices.ConstantCorrelationCovariance([0.01, 0.015, 0.02, 0.012], 0.35);
        double[] w = [1e6, -4e5, 7e5, 2e5];
        var marginal = new double[4];
        var component = new double[4];
        ParametricVar.Marginal(w, cov, 0.99, marginal);
        ParametricVar.Component(w, cov, 0.99, component);
        double var = ParametricVar.DeltaNormal(w, cov, 0.99).ValueAtRisk;
        Assert.Equal(var, component.Sum(), 6);
        for (int i = 0; i < 4; i++)
        {
            double[] up = (double[])w.Clone(), down = (double[])w.Clone();
            up[i] += 100;
            down[i] -= 100;
            double derivative = (ParametricVar.DeltaNormal(up, cov, 0.99).ValueAtRisk - ParametricVar.DeltaNormal(down, cov, 0.99).ValueAtRisk) / 200;
            Assert.Equal(derivative, marginal[i], 8);
            Assert.Equal(w[i] * marginal[i], component[i], 6);
        }
    }

    [Fact]
    public void IncrementalVarIsTheExactDifferenceAndTheMarginalForSmallTrades()
    {
        var cov = TestMatrices.ConstantCorrelationCovariance([0.01, 0.02, 0.015], 0.5);
        double[] w = [1e6, 5e5, -3e5];
        double[] trade = [0, -2e5, 1e5];
        double before = ParametricVar.DeltaNormal(w, cov, 0.99).ValueAtRisk;
        double after = ParametricVar.DeltaNormal([1e6, 3e5, -2e5], cov, 0.99).ValueAtRisk;
        Assert.Equal(after - before, ParametricVar.Incremental(w, trade, cov, 0.99), 8);

        var marginal = new double[3];
        ParametricVar.Marginal(w, cov, 0.99, marginal);
        double[] tiny = [0, -20, 10];
        double firstOrder = marginal[1] * -20 + marginal[2] * 10;
        Assert.Equal(firstOrder, ParametricVar.Incremental(w, tiny, cov, 0.99), 4);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void AConfidenceOutsideZeroToOneIsRefused(double confidence)
    {
        var cov = TestMatrices.Of(new double[,] { { 0.0001 } });
        var ex = Assert.Throws<RiskInputException>(() => ParametricVar.DeltaNormal([1], cov, confidence));
        Assert.Equal("confidence", ex.ParamName);
        Assert.Contains("strictly between 0 and 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonPsdCovarianceMismatchedDimensionsAndNaNExposuresAreRefused()
    {
        var indefinite = TestMatrices.Of(new double[,] { { 1e-4, 2e-4 }, { 2e-4, 1e-4 } });
        Assert.Contains("not positive semi-definite", Assert.Throws<RiskInputException>(() => ParametricVar.DeltaNormal([1, 1], indefinite, 0.99)).Message, StringComparison.Ordinal);
        var cov = TestMatrices.Of(new double[,] { { 1e-4, 0 }, { 0, 1e-4 } });
        Assert.Contains("dimensions must match", Assert.Throws<RiskInputException>(() => ParametricVar.DeltaNormal([1, 1, 1], cov, 0.99)).Message, StringComparison.Ordinal);
        Assert.Contains("exposures[1]", Assert.Throws<RiskInputException>(() => ParametricVar.DeltaNormal([1, double.NaN], cov, 0.99)).Message, StringComparison.Ordinal);
        var negative = TestMatrices.Of(new double[,] { { -1e-4 } });
        Assert.Contains("negative variance", Assert.Throws<RiskInputException>(() => ParametricVar.DeltaNormal([1], negative, 0.99)).Message, StringComparison.Ordinal);
    }
}
