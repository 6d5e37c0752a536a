using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.Covariance;
using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Tests.Analytics.Covariance;

public class LedoitWolfTests
{
    /// <summary>
    /// The constant-correlation intensity transcribed term by term from Ledoit &amp; Wolf (2004, "Honey, I
    /// shrunk the sample covariance matrix", Appendix B: π̂, ρ̂, γ̂, κ̂ = (π̂ − ρ̂)/γ̂, δ* = max(0, min(κ̂/T, 1))),
    /// with plain loops over observations — an independent check of the matrix-product implementation.
    /// </summary>
    private static double PaperIntensityConstantCorrelation(double[,] x)
    {
        int t = x.GetLength(0), n = x.GetLength(1);
        var m = new double[n];
        for (int j = 0; j < n; j++)
        {
            for (int k = 0; k < t; k++) m[j] += x[k, j] / t;
        }

        var s = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                for (int k = 0; k < t; k++)
                    s[i, j] += (x[k, i] - m[i]) * (x[k, j] - m[j]) / t;

        double rbar = 0;
        for (int i = 0; i < n - 1; i++)
            for (int j = i + 1; j < n; j++)
                rbar += s[i, j] / Math.Sqrt(s[i, i] * s[j, j]);
        rbar *= 2.0 / (n * (n - 1));

        double pi = 0, rho = 0, gamma = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double pij = 0, thetaIi = 0, thetaJj = 0;
                for (int k = 0; k < t; k++)
                {
                    double yi = x[k, i] - m[i], yj = x[k, j] - m[j];
                    pij += Math.Pow(yi * yj - s[i, j], 2) / t;
                    thetaIi += (yi * yi - s[i, i]) * (yi * yj - s[i, j]) / t;
                    thetaJj += (yj * yj - s[j, j]) * (yi * yj - s[i, j]) / t;
                }

                pi += pij;
                if (i == j)
                {
                    rho += pij;
                }
                else
                {
                    rho += rbar / 2 * (Math.Sqrt(s[j, j] / s[i, i]) * thetaIi + Math.Sqrt(s[i, i] / s[j, j]) * thetaJj);
                    gamma += Math.Pow(rbar * Math.Sqrt(s[i, i] * s[j, j]) - s[i, j], 2);
                }
            }
        }

        return Math.Max(0, Math.Min((pi - rho) / gamma / t, 1));
    }

    [Fact]
    public void ConstantCorrelationIntensityMatchesThePapersFormulas()
    {
        var truth = TestMatrices.ConstantCorrelationCovariance([0.01, 0.02, 0.03, 0.015, 0.025], 0.3);
        var returns = TestMatrices.CorrelatedReturns(truth, 40, seed: 21);
        var estimate = LedoitWolf.Estimate(returns);
        Assert.Equal(PaperIntensityConstantCorrelation(returns.ToArray()), estimate.Intensity, 12);
        Assert.InRange(estimate.Intensity, 0.0, 1.0);

        // Σ̂ = δF + (1 − δ)S, F keeps the sample variances.
        var expected = estimate.Target * estimate.Intensity + estimate.Sample * (1 - estimate.Intensity);
        Assert.True((expected - estimate.Covariance).FrobeniusNorm() < 1e-18);
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(estimate.Sample[i, i], estimate.Covariance[i, i], 15);
        }
    }

    [Fact]
    public void ScaledIdentityIntensityMatchesThePapersFormulas()
    {
        var truth = TestMatrices.ConstantCorrelationCovariance([0.01, 0.012, 0.011, 0.009], 0.1);
        var returns = TestMatrices.CorrelatedReturns(truth, 30, seed: 8);
        var estimate = LedoitWolf.Estimate(returns, ShrinkageTarget.ScaledIdentity);

        // Ledoit & Wolf (2004, JMA) Lemma 3.2–3.4 with ‖A‖² = tr(AAᵀ)/N: m = tr(S)/N, d² = ‖S − mI‖²,
        // b̄² = T⁻²·Σ_k ‖y_k y_kᵀ − S‖², b² = min(b̄², d²), δ = b²/d².
        double[,] x = returns.ToArray();
        int t = 30, n = 4;
        var s = estimate.Sample;
        double mu = s.Trace() / n;
        double d2 = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                d2 += Math.Pow(s[i, j] - (i == j ? mu : 0), 2) / n;
        var mean = new double[n];
        for (int j = 0; j < n; j++)
            for (int k = 0; k < t; k++) mean[j] += x[k, j] / t;
        double b2 = 0;
        for (int k = 0; k < t; k++)
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    b2 += Math.Pow((x[k, i] - mean[i]) * (x[k, j] - mean[j]) - s[i, j], 2) / n / ((double)t * t);

        Assert.Equal(Math.Min(b2, d2) / d2, estimate.Intensity, 12);
        Assert.Equal(mu, estimate.Target[2, 2], 15);
        Assert.Equal(0.0, estimate.Target[1, 2]);
    }

    [Fact]
    public void TwoFactorsNeedNoShrinkageBecauseTheSampleIsAlreadyConstantCorrelation()
    {
        var truth = TestMatrices.ConstantCorrelationCovariance([0.01, 0.02], 0.5);
        var estimate = LedoitWolf.Estimate(TestMatrices.CorrelatedReturns(truth, 60, seed: 2));
        Assert.Equal(0.0, estimate.Intensity);
        Assert.True((estimate.Covariance - estimate.Sample).FrobeniusNorm() < 1e-18);
    }

    [Fact]
    public void ShrinkageBeatsTheSampleCovarianceOnShortHistoriesOfManyFactors()
    {
        // 20 factors, 30 observations: the sample covariance is noisy (nearly singular); shrinking towards
        // constant correlation should cut the Frobenius error to the truth on average.
        var vols = Enumerable.Range(0, 20).Select(i => 0.01 + 0.001 * i).ToArray();
        var truth = TestMatrices.ConstantCorrelationCovariance(vols, 0.4);
        double sampleError = 0, shrunkError = 0;
        for (int seed = 0; seed < 20; seed++)
        {
            var estimate = LedoitWolf.Estimate(TestMatrices.CorrelatedReturns(truth, 30, seed));
            sampleError += (estimate.Sample - truth).FrobeniusNorm();
            shrunkError += (estimate.Covariance - truth).FrobeniusNorm();
            Assert.InRange(estimate.Intensity, 0.05, 1.0);
        }

        Assert.True(shrunkError < 0.8 * sampleError, $"shrunk {shrunkError} vs sample {sampleError}");
    }

    [Fact]
    public void AFactorThatNeverMovesIsRefused()
    {
        var returns = Matrix<double>.Build.Dense(10, 3, (i, j) => j == 1 ? 0.0 : 0.01 * ((i * 7 + j) % 5 - 2));
        var ex = Assert.Throws<RiskInputException>(() => LedoitWolf.Estimate(returns));
        Assert.Contains("column 1", ex.Message, StringComparison.Ordinal);
    }
}
