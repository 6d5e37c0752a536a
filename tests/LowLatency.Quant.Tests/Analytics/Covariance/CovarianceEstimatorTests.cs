using LowLatency.Quant.Analytics;
using LowLatency.Quant.Analytics.Covariance;
using LowLatency.Quant.Analytics.Volatility;
using LowLatency.Testing;

namespace LowLatency.Quant.Tests.Analytics.Covariance;

public class CovarianceEstimatorTests
{
    [Fact]
    public void SampleCovarianceMatchesTheHandComputedValues()
    {
        // x = (1, 2, 3, 6) mean 3, y = (2, 1, 4, 5) mean 3.
        // Σ(x−x̄)² = 4+1+0+9 = 14; Σ(y−ȳ)² = 1+4+1+4 = 10; Σ(x−x̄)(y−ȳ) = 2+2+0+6 = 10; denominator 3.
        var returns = TestMatrices.Of(new double[,] { { 1, 2 }, { 2, 1 }, { 3, 4 }, { 6, 5 } });
        var s = CovarianceEstimators.Sample(returns);
        Assert.Equal(14.0 / 3, s[0, 0], 14);
        Assert.Equal(10.0 / 3, s[1, 1], 14);
        Assert.Equal(10.0 / 3, s[0, 1], 14);
        Assert.Equal(s[0, 1], s[1, 0]);

        // Around zero: Σx² = 50, Σy² = 46, Σxy = 2+2+12+30 = 46, denominator 4.
        var z = CovarianceEstimators.Sample(returns, demean: false);
        Assert.Equal(50.0 / 4, z[0, 0], 14);
        Assert.Equal(46.0 / 4, z[0, 1], 14);
    }

    [Fact]
    public void EwmaCovarianceDiagonalIsTheEwmaVarianceAndOffDiagonalTheWeightedCrossProducts()
    {
        var cov = TestMatrices.ConstantCorrelationCovariance([0.01, 0.02, 0.015], 0.4);
        var returns = TestMatrices.CorrelatedReturns(cov, 250, seed: 5);
        var ewma = CovarianceEstimators.Ewma(returns, 0.94);
        for (int j = 0; j < 3; j++)
        {
            Assert.Equal(EwmaVolatility.Estimate(returns.Column(j).ToArray(), 0.94), ewma[j, j], 15);
        }

        int t = returns.RowCount;
        double expected = Math.Pow(0.94, t - 1) * returns[0, 0] * returns[0, 2];
        for (int i = 0; i < t - 1; i++)
        {
            expected += 0.06 * Math.Pow(0.94, i) * returns[t - 1 - i, 0] * returns[t - 1 - i, 2];
        }

        Assert.Equal(expected, ewma[0, 2], 15);
        Assert.Equal(ewma[0, 2], ewma[2, 0], 15);
    }

    [Fact]
    public void TheStreamingEwmaTrackerUpdatesWithoutAllocating()
    {
        var tracker = new EwmaCovarianceTracker(50);
        var row = new double[50];
        for (int i = 0; i < row.Length; i++)
        {
            row[i] = 0.001 * (i - 25);
        }

        long bytes = Allocations.Measure(() => tracker.Update(row));
        Assert.Equal(0, bytes);
        Assert.Equal(row[3] * row[7], tracker[3, 7], 15);
    }

    [Fact]
    public void EstimatorsRefuseNaNAndTooFewObservations()
    {
        var bad = TestMatrices.Of(new double[,] { { 0.01, 0.02 }, { double.NaN, 0.0 } });
        var ex = Assert.Throws<RiskInputException>(() => CovarianceEstimators.Sample(bad));
        Assert.Contains("returns[1,0]", ex.Message, StringComparison.Ordinal);
        var one = TestMatrices.Of(new double[,] { { 0.01, 0.02 } });
        Assert.Contains("at least 2", Assert.Throws<RiskInputException>(() => CovarianceEstimators.Sample(one)).Message, StringComparison.Ordinal);
        var tracker = new EwmaCovarianceTracker(2);
        Assert.Contains("factorCount", Assert.Throws<RiskInputException>(() => tracker.Update([0.1, 0.2, 0.3])).Message, StringComparison.Ordinal);
    }
}
