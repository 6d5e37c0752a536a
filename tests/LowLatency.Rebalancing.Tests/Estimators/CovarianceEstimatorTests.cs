using LowLatency.Rebalancing.Estimators;

namespace LowLatency.Rebalancing.Tests.Estimators;

public class CovarianceEstimatorTests
{
    // Two-pass de-meaned estimator over an explicit window: the batch form (TradeImpact.MinimumVarianceHedgeRatio).
    private static (double Cov, double VarY, double Ratio) Batch(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double mx = 0, my = 0;
        for (int i = 0; i < x.Length; i++)
        {
            mx += x[i];
            my += y[i];
        }

        mx /= x.Length;
        my /= y.Length;
        double sxy = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }

        return (sxy / (x.Length - 1), syy / (x.Length - 1), sxy / syy);
    }

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
    public void RollingWindowAgreesWithTheTwoPassBatchOnTheSameWindowAtEveryStep()
    {
        (double[] x, double[] y) = Series(2_000, 0.8, 3);
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
            var batch = Batch(x.AsSpan(from, i + 1 - from), y.AsSpan(from, i + 1 - from));
            Assert.Equal(batch.Cov, rolling.Covariance, 1e-15);
            Assert.Equal(batch.VarY, rolling.VarianceY, 1e-15);
            Assert.Equal(batch.Ratio, rolling.HedgeRatio, 1e-9);
        }
    }

    [Fact]
    public void EwmaEqualsTheExplicitlyWeightedSum()
    {
        (double[] x, double[] y) = Series(300, -0.5, 4);
        var ewma = new EwmaCovariance(halfLifeSamples: 20);
        for (int i = 0; i < x.Length; i++)
        {
            ewma.Add(x[i], y[i]);
        }

        double lambda = Math.Pow(0.5, 1.0 / 20);
        double sxy = 0, syy = 0, w = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double weight = Math.Pow(lambda, x.Length - 1 - i);
            sxy += weight * x[i] * y[i];
            syy += weight * y[i] * y[i];
            w += weight;
        }

        Assert.Equal(sxy / w, ewma.Covariance, 1e-15);
        Assert.Equal(syy / w, ewma.VarianceY, 1e-15);
        Assert.Equal(sxy / syy, ewma.HedgeRatio, 1e-9);
        Assert.Equal(300, ewma.Count);
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(-1.3)]
    public void BothEstimatorsRecoverTheTrueMinimumVarianceRatio(double beta)
    {
        (double[] x, double[] y) = Series(20_000, beta, 5);
        var rolling = new RollingCovariance(5_000);
        var ewma = new EwmaCovariance(2_000);
        for (int i = 0; i < x.Length; i++)
        {
            rolling.Add(x[i], y[i]);
            ewma.Add(x[i], y[i]);
        }

        Assert.Equal(beta, rolling.HedgeRatio, 0.05);
        Assert.Equal(beta, ewma.HedgeRatio, 0.1);
        Assert.True(Math.Abs(rolling.Correlation) > 0.8);
    }

    [Fact]
    public void WithoutVarianceThereIsNoRatio()
    {
        var rolling = new RollingCovariance(3);
        var ewma = new EwmaCovariance(5);
        Assert.True(double.IsNaN(rolling.HedgeRatio));
        Assert.True(double.IsNaN(ewma.HedgeRatio));
        rolling.Add(1, 1);
        rolling.Add(1, 1);
        Assert.True(double.IsNaN(rolling.HedgeRatio));
    }
}
