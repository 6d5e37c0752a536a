using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.VaR;
using MathNet.Numerics.Distributions;

namespace LowLatency.Quant.Tests.Analytics.VaR;

public class DeltaGammaVarTests
{
    [Fact]
    public void WithoutGammaCornishFisherIsTheDeltaNormalAnswer()
    {
        var cov = TestMatrices.ConstantCorrelationCovariance([0.01, 0.02], 0.4);
        double[] delta = [1e6, 5e5];
        var dn = ParametricVar.DeltaNormal(delta, cov, 0.99);
        var dg = DeltaGammaVar.CornishFisher(delta, [0.0, 0.0], cov, 0.99);
        Assert.Equal(dn.ValueAtRisk, dg.Var.ValueAtRisk, 6);
        Assert.Equal(dn.ExpectedShortfall, dg.Var.ExpectedShortfall, 6);
        Assert.Equal(0.0, dg.Skewness);
        Assert.Equal(0.0, dg.ExcessKurtosis);
    }

    [Fact]
    public void MomentsOfASingleFactorQuadraticMatchTheirClosedForms()
    {
        // P&L = a·Z + b·Z² with a = δσ, b = ½γσ², Z ~ N(0,1): mean b, variance a² + 2b²,
        // third central moment 6a²b + 8b³, fourth cumulant 48a²b² + 48b⁴.
        double sigma = 0.02, delta = 1e6, gamma = -2e7;
        double a = delta * sigma, b = 0.5 * gamma * sigma * sigma;
        var cov = TestMatrices.Of(new double[,] { { sigma * sigma } });
        var dg = DeltaGammaVar.CornishFisher([delta], [gamma], cov, 0.99);
        double variance = a * a + 2 * b * b;
        Assert.Equal(b, dg.Mean, 6);
        Assert.Equal(Math.Sqrt(variance), dg.StandardDeviation, 6);
        Assert.Equal((6 * a * a * b + 8 * b * b * b) / Math.Pow(variance, 1.5), dg.Skewness, 10);
        Assert.Equal((48 * a * a * b * b + 48 * b * b * b * b) / (variance * variance), dg.ExcessKurtosis, 10);
        Assert.True(dg.Skewness < 0, "short gamma skews the P&L to the left");
        Assert.True(dg.Var.ValueAtRisk > ParametricVar.DeltaNormal([delta], cov, 0.99).ValueAtRisk);
    }

    [Fact]
    public void TheFullGammaMatrixAndTheDiagonalFormAgree()
    {
        var cov = TestMatrices.ConstantCorrelationCovariance([0.01, 0.02, 0.015], 0.5);
        double[] delta = [1e6, -5e5, 2e5];
        double[] gamma = [-3e6, 0, 8e6];
        var diagonal = DeltaGammaVar.CornishFisher(delta, gamma, cov, 0.99, 5);
        var full = DeltaGammaVar.CornishFisher(delta, TestMatrices.Of(new double[,] { { -3e6, 0, 0 }, { 0, 0, 0 }, { 0, 0, 8e6 } }), cov, 0.99, 5);
        Assert.Equal(full.Var.ValueAtRisk, diagonal.Var.ValueAtRisk, 6);
        Assert.Equal(full.Var.ExpectedShortfall, diagonal.Var.ExpectedShortfall, 6);
        Assert.Equal(full.Skewness, diagonal.Skewness, 10);
        Assert.Equal(full.ExcessKurtosis, diagonal.ExcessKurtosis, 10);
    }

    [Fact]
    public void ExpectedShortfallIsTheTailAverageOfTheCornishFisherQuantile()
    {
        const double mean = -1000, variance = 4e8, k3 = -3e12, k4 = 5e16, c = 0.99;
        var result = DeltaGammaVar.FromCumulants(mean, variance, k3, k4, c);
        double sd = Math.Sqrt(variance), s = k3 / (sd * sd * sd), k = k4 / (variance * variance);

        // Midpoint rule over u ∈ (0, 1 − c) on the quantile function q(u) = μ + σ·w(Φ⁻¹(u)).
        const int steps = 200_000;
        double alpha = 1 - c, sum = 0;
        for (int i = 0; i < steps; i++)
        {
            double z = Normal.InvCDF(0, 1, (i + 0.5) / steps * alpha);
            double w = z + (z * z - 1) * s / 6 + (z * z * z - 3 * z) * k / 24 - (2 * z * z * z - 5 * z) * s * s / 36;
            sum += mean + sd * w;
        }

        Assert.Equal(-sum / steps, result.Var.ExpectedShortfall, result.Var.ExpectedShortfall * 1e-4);
        double zc = Normal.InvCDF(0, 1, alpha);
        double wc = zc + (zc * zc - 1) * s / 6 + (zc * zc * zc - 3 * zc) * k / 24 - (2 * zc * zc * zc - 5 * zc) * s * s / 36;
        Assert.Equal(-(mean + sd * wc), result.Var.ValueAtRisk, 6);
    }

    [Fact]
    public void MismatchedGammaAndNaNAreRefused()
    {
        var cov = TestMatrices.Of(new double[,] { { 1e-4, 0 }, { 0, 1e-4 } });
        Assert.Contains("gammas", Assert.Throws<RiskInputException>(() => DeltaGammaVar.CornishFisher([1.0, 1.0], [1.0], cov, 0.99)).Message, StringComparison.Ordinal);
        Assert.Contains("gammas[0]", Assert.Throws<RiskInputException>(() => DeltaGammaVar.CornishFisher([1.0, 1.0], [double.NaN, 1.0], cov, 0.99)).Message, StringComparison.Ordinal);
        var asymmetric = TestMatrices.Of(new double[,] { { 1, 2 }, { 3, 1 } });
        Assert.Contains("not symmetric", Assert.Throws<RiskInputException>(() => DeltaGammaVar.CornishFisher([1.0, 1.0], asymmetric, cov, 0.99)).Message, StringComparison.Ordinal);
    }
}
