using LowLatency.Quant.Analytics.Covariance;
using LowLatency.Quant.Analytics.Impact;
using LowLatency.Rebalancing.Estimators;
using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Rebalancing.Tests.Estimators;

public class CovarianceEstimatorTests
{
    private static (double[] X, double[] Y) Series(int n, double beta, int seed)
    {
        var rnd = new Random(seed);
        var x = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            y[i] = 0.01 * (rnd.NextDouble() - 0.5) + 0.002;
            x[i] = beta * y[i] + 0.004 * (rnd.NextDouble() - 0.5);
        }

        return (x, y);
    }

    [Fact]
    public void TheRollingWindowAgreesWithTheAnalyticsBatchEstimatorsOnTheSameWindowAtEveryStep()
    {
        (double[] x, double[] y) = Series(1_000, 0.8, 3);
        const int Window = 50;
        var rolling = new RollingCovariance(Window);
        for (int i = 0; i < x.Length; i++)
        {
            rolling.Add(x[i], y[i]);
            if (i < 2)
            {
                continue;
            }

            int from = Math.Max(0, i + 1 - Window);
            int n = i + 1 - from;
            HedgeRatioEstimate batch = TradeImpact.MinimumVarianceHedgeRatio(x.AsSpan(from, n), y.AsSpan(from, n));
            Matrix<double> sample = CovarianceEstimators.Sample(Matrix<double>.Build.Dense(n, 2, (r, c) => c == 0 ? x[from + r] : y[from + r]));
            Assert.Equal(batch.Ratio, rolling.HedgeRatio, 1e-9);
            Assert.Equal(batch.Correlation, rolling.Correlation, 1e-9);
            Assert.Equal(sample[0, 1], rolling.Covariance, 1e-15);
            Assert.Equal(sample[1, 1], rolling.VarianceY, 1e-15);
            Assert.Equal(sample[0, 0], rolling.VarianceX, 1e-15);
        }
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(-1.3)]
    public void BothEstimatorsRecoverTheTrueMinimumVarianceRatio(double beta)
    {
        (double[] x, double[] y) = Series(20_000, beta, 5);
        var rolling = new RollingCovariance(5_000);
        var ewma = new EwmaCovarianceTracker(2, Math.Pow(0.5, 1.0 / 2_000));
        for (int i = 0; i < x.Length; i++)
        {
            rolling.Add(x[i], y[i]);
            ewma.Update([x[i], y[i]]);
        }

        Assert.Equal(beta, rolling.HedgeRatio, 0.05);
        Assert.Equal(beta, ewma[0, 1] / ewma[1, 1], 0.1);
        Assert.True(Math.Abs(rolling.Correlation) > 0.8);
    }

    [Fact]
    public void WithoutVarianceThereIsNoRatio()
    {
        var rolling = new RollingCovariance(3);
        Assert.True(double.IsNaN(rolling.HedgeRatio));
        rolling.Add(1, 1);
        rolling.Add(1, 1);
        Assert.True(double.IsNaN(rolling.HedgeRatio));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RollingCovariance(2));
    }
}
