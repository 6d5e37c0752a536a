using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.Covariance;

/// <summary>
/// Covariance of factor returns from a history laid out as rows = observations (oldest first),
/// columns = risk factors. Sample (unbiased) and RiskMetrics EWMA; shrinkage is in <see cref="LedoitWolf"/>.
/// </summary>
public static class CovarianceEstimators
{
    /// <summary>
    /// Sample covariance Xᶜᵀ·Xᶜ / (T − 1) of the de-meaned returns (or Σ r·rᵀ / T around zero when
    /// <paramref name="demean"/> is false, the usual convention for daily returns).
    /// </summary>
    public static Matrix<double> Sample(Matrix<double> returns, bool demean = true)
    {
        CheckHistory(returns, 2);
        int t = returns.RowCount;
        int n = returns.ColumnCount;
        var centred = returns.Clone();
        if (demean)
        {
            for (int j = 0; j < n; j++)
            {
                double mean = 0.0;
                for (int i = 0; i < t; i++)
                {
                    mean += centred.At(i, j);
                }

                mean /= t;
                for (int i = 0; i < t; i++)
                {
                    centred.At(i, j, centred.At(i, j) - mean);
                }
            }
        }

        var cov = centred.TransposeThisAndMultiply(centred);
        cov.Divide(demean ? t - 1 : t, cov);
        Symmetrise(cov);
        return cov;
    }

    /// <summary>
    /// RiskMetrics EWMA covariance after the whole history: the same recursion as
    /// <see cref="EwmaCovarianceTracker"/> (zero mean, seeded with the first outer product), so its diagonal
    /// equals <see cref="Volatility.EwmaVolatility"/> of each column.
    /// </summary>
    public static Matrix<double> Ewma(Matrix<double> returns, double lambda = Volatility.EwmaVolatility.RiskMetricsDailyLambda)
    {
        CheckHistory(returns, 1);
        Guard.Lambda(lambda);
        var tracker = new EwmaCovarianceTracker(returns.ColumnCount, lambda);
        double[] row = new double[returns.ColumnCount];
        for (int i = 0; i < returns.RowCount; i++)
        {
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = returns.At(i, j);
            }

            tracker.Update(row);
        }

        return tracker.ToMatrix();
    }

    internal static void CheckHistory(Matrix<double> returns, int minRows)
    {
        Guard.NotNull(returns, nameof(returns));
        if (returns.ColumnCount == 0)
        {
            Guard.Fail(nameof(returns), "returns has no factor columns");
        }

        Guard.MinLength(returns.RowCount, minRows, nameof(returns), "observations (rows)");
        Guard.Finite(returns, nameof(returns));
    }

    /// <summary>Averages [i,j] and [j,i] so rounding never makes a covariance fail a symmetry check.</summary>
    internal static void Symmetrise(Matrix<double> m)
    {
        for (int i = 0; i < m.RowCount; i++)
        {
            for (int j = i + 1; j < m.ColumnCount; j++)
            {
                double v = 0.5 * (m.At(i, j) + m.At(j, i));
                m.At(i, j, v);
                m.At(j, i, v);
            }
        }
    }
}
