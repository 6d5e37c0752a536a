using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.Volatility;
using MathNet.Numerics.Random;

namespace LowLatency.Quant.Tests.Analytics.Volatility;

public class Garch11Tests
{
    private static readonly Garch11Parameters Truth = new(Omega: 2e-6, Alpha: 0.08, Beta: 0.90);

    private static double[] Simulate(int n, int seed)
    {
        var returns = new double[n];
        Garch11.Simulate(Truth, returns, new Xoshiro256StarStar(seed));
        return returns;
    }

    [Fact]
    public void FitRecoversTheParametersOfDataSimulatedFromKnownOnes()
    {
        double[] returns = Simulate(4_000, seed: 11);
        var fit = Garch11.Fit(returns, demean: false);

        Assert.True(fit.Converged);
        Assert.True(fit.Parameters.IsStationary);
        var p = fit.Parameters;
        var se = fit.StandardErrors;
        Assert.True(se.Alpha > 0 && se.Beta > 0 && se.Omega > 0, $"standard errors {se}");

        // Within four standard errors of the truth, and the standard errors themselves plausible
        // (asymptotic SE of α for T = 4000 is about 0.01; of β about 0.01–0.02).
        Assert.InRange(Math.Abs(p.Alpha - Truth.Alpha), 0, 4 * se.Alpha);
        Assert.InRange(Math.Abs(p.Beta - Truth.Beta), 0, 4 * se.Beta);
        Assert.InRange(Math.Abs(p.Omega - Truth.Omega), 0, 4 * se.Omega);
        Assert.InRange(se.Alpha, 0.002, 0.05);
        Assert.InRange(se.Beta, 0.002, 0.08);
        Assert.InRange(p.LongRunVariance / Truth.LongRunVariance, 0.7, 1.4);
    }

    [Fact]
    public void TheFittedLikelihoodIsAtLeastTheLikelihoodOfTheTrueParameters()
    {
        double[] returns = Simulate(2_000, seed: 3);
        var fit = Garch11.Fit(returns, demean: false);
        double atTruth = Garch11.LogLikelihood(returns, Truth);
        double atFit = Garch11.LogLikelihood(returns, fit.Parameters);
        Assert.True(atFit >= atTruth - 1e-6, $"maximum {atFit} below the value at the truth {atTruth}");
        Assert.Equal(atFit, fit.LogLikelihood, 6);

        // Any nearby admissible point is no better: the estimate is a local maximum.
        var p = fit.Parameters;
        foreach (var q in new[]
                 {
                     p with { Alpha = p.Alpha * 1.05 }, p with { Alpha = p.Alpha * 0.95 },
                     p with { Beta = p.Beta - 0.005 }, p with { Omega = p.Omega * 1.1 }, p with { Omega = p.Omega * 0.9 },
                 })
        {
            Assert.True(Garch11.LogLikelihood(returns, q) <= atFit + 1e-9, $"{q} beats the fit");
        }
    }

    [Fact]
    public void NextDayVarianceReproducesHullsWorkedExample()
    {
        // Hull, OFOD, GARCH(1,1) example: σ²_n = 0.000002 + 0.13·u² + 0.86·σ², yesterday's volatility 1.6 %
        // (σ² = 0.000256), the market fell 1 % (u² = 0.0001) ⇒ σ²_n = 0.00023516, volatility 1.53 %,
        // long-run variance 0.0002 (1.4 % a day).
        var fit = new Garch11Fit(new Garch11Parameters(0.000002, 0.13, 0.86), default, 0.0, 0.0, 100, 0, true,
            lastVariance: 0.000256, lastResidual: -0.01);
        Assert.Equal(0.00023516, fit.NextVariance, 12);
        Assert.Equal(0.0153, Math.Sqrt(fit.NextVariance), 4);
        Assert.Equal(0.0002, fit.Parameters.LongRunVariance, 12);
    }

    [Fact]
    public void ForecastsFollowTheExpectedVarianceRecursionAndRevertToTheLongRunLevel()
    {
        var parameters = new Garch11Parameters(0.000002, 0.13, 0.86);
        var fit = new Garch11Fit(parameters, default, 0.0, 0.0, 100, 0, true, lastVariance: 0.0004, lastResidual: 0.03);

        // E[σ²_{t+1}] = ω + (α+β)·E[σ²_t] iterated from σ²_{T+1}.
        double expected = fit.NextVariance;
        double sum = 0.0;
        for (int h = 1; h <= 60; h++)
        {
            Assert.Equal(expected, fit.ForecastVariance(h), 14);
            sum += expected;
            Assert.Equal(sum / h, fit.AverageVariance(h), 14);
            expected = parameters.Omega + (parameters.Persistence * expected);
        }

        Assert.Equal(parameters.LongRunVariance, fit.ForecastVariance(10_000), 12);
        var term = new double[3];
        fit.AnnualisedTermStructure(term, 252);
        Assert.Equal(Math.Sqrt(252 * fit.AverageVariance(3)), term[2], 14);
        Assert.True(term[0] > term[2], "a high current variance decays along the term structure");
    }

    [Fact]
    public void FitRefusesTooLittleDataNaNAndAConstantSeries()
    {
        var few = Assert.Throws<RiskInputException>(() => Garch11.Fit(new double[49]));
        Assert.Contains("at least 50", few.Message, StringComparison.Ordinal);
        double[] withNaN = Simulate(200, seed: 1);
        withNaN[17] = double.NaN;
        Assert.Contains("returns[17]", Assert.Throws<RiskInputException>(() => Garch11.Fit(withNaN)).Message, StringComparison.Ordinal);
        double[] flat = Enumerable.Repeat(0.001, 100).ToArray();
        Assert.Contains("constant", Assert.Throws<RiskInputException>(() => Garch11.Fit(flat)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SimulationRefusesNonStationaryParameters()
    {
        var ex = Assert.Throws<RiskInputException>(() => Garch11.Simulate(new Garch11Parameters(1e-6, 0.2, 0.85), new double[10], new Random(1)));
        Assert.Contains("α + β < 1", ex.Message, StringComparison.Ordinal);
    }
}
