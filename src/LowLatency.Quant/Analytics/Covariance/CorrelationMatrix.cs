using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.Covariance;

/// <summary>Splits a covariance into volatilities and correlations and back (Σ = D·C·D, D = diag(σ)).</summary>
public static class CorrelationMatrix
{
    /// <summary>C_ij = Σ_ij / (σ_i·σ_j); <paramref name="volatilities"/> receives σ_i = √Σ_ii.</summary>
    public static Matrix<double> FromCovariance(Matrix<double> covariance, out double[] volatilities)
    {
        Guard.Symmetric(covariance, nameof(covariance));
        int n = covariance.RowCount;
        var vols = new double[n];
        for (int i = 0; i < n; i++)
        {
            double v = covariance.At(i, i);
            if (!(v > 0.0))
            {
                Guard.Fail(nameof(covariance), $"covariance[{i},{i}] is {Guard.Format(v)}; a correlation needs strictly positive variances");
            }

            vols[i] = Math.Sqrt(v);
        }

        volatilities = vols;
        return Matrix<double>.Build.Dense(n, n, (i, j) => i == j ? 1.0 : Math.Clamp(covariance.At(i, j) / (vols[i] * vols[j]), -1.0, 1.0));
    }

    /// <summary>Σ_ij = σ_i·σ_j·C_ij.</summary>
    public static Matrix<double> ToCovariance(Matrix<double> correlation, ReadOnlySpan<double> volatilities)
    {
        CheckCorrelationShape(correlation, nameof(correlation));
        Guard.SameLength(volatilities.Length, correlation.RowCount, nameof(volatilities), "correlation rows");
        Guard.Finite(volatilities, nameof(volatilities));
        double[] vols = volatilities.ToArray();
        for (int i = 0; i < vols.Length; i++)
        {
            Guard.NonNegative(vols[i], nameof(volatilities));
        }

        return Matrix<double>.Build.Dense(vols.Length, vols.Length, (i, j) => vols[i] * vols[j] * correlation.At(i, j));
    }

    /// <summary>Square, symmetric, finite, unit diagonal, entries within [−1, 1] (not yet checked for PSD).</summary>
    internal static void CheckCorrelationShape(Matrix<double> correlation, string paramName)
    {
        Guard.Symmetric(correlation, paramName);
        for (int i = 0; i < correlation.RowCount; i++)
        {
            if (Math.Abs(correlation.At(i, i) - 1.0) > 1e-9)
            {
                Guard.Fail(paramName, $"{paramName}[{i},{i}] is {Guard.Format(correlation.At(i, i))}; a correlation matrix has a unit diagonal");
            }

            for (int j = 0; j < correlation.ColumnCount; j++)
            {
                if (Math.Abs(correlation.At(i, j)) > 1.0 + 1e-12)
                {
                    Guard.Fail(paramName, $"{paramName}[{i},{j}] is {Guard.Format(correlation.At(i, j))}; correlations lie in [−1, 1]");
                }
            }
        }
    }
}
