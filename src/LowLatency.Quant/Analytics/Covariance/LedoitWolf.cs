using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.Covariance;

/// <summary>
/// Ledoit–Wolf shrinkage of the sample covariance towards a structured target with the
/// asymptotically optimal intensity δ* = max(0, min(1, κ/T)). Both targets of the 2004 papers are here
/// (see <see cref="ShrinkageTarget"/>); the default is the constant-correlation target of
/// "Honey, I shrunk the sample covariance matrix", which keeps each asset's variance and only pools the
/// correlations — the right prior for a book of related underlyings.
/// </summary>
public static class LedoitWolf
{
    /// <summary>Shrinks the covariance of <paramref name="returns"/> (rows = observations, columns = factors).</summary>
    public static ShrinkageEstimate Estimate(Matrix<double> returns, ShrinkageTarget target = ShrinkageTarget.ConstantCorrelation)
    {
        CovarianceEstimators.CheckHistory(returns, 2);
        int t = returns.RowCount;
        int n = returns.ColumnCount;
        var y = returns.Clone();
        for (int j = 0; j < n; j++)
        {
            double mean = 0.0;
            for (int i = 0; i < t; i++)
            {
                mean += y.At(i, j);
            }

            mean /= t;
            for (int i = 0; i < t; i++)
            {
                y.At(i, j, y.At(i, j) - mean);
            }
        }

        var s = y.TransposeThisAndMultiply(y) / t;
        CovarianceEstimators.Symmetrise(s);
        for (int i = 0; i < n; i++)
        {
            if (!(s.At(i, i) > 0.0))
            {
                Guard.Fail(nameof(returns), $"factor column {i} has zero variance; shrinkage needs every factor to move");
            }
        }

        return target switch
        {
            ShrinkageTarget.ConstantCorrelation => ConstantCorrelation(y, s),
            ShrinkageTarget.ScaledIdentity => ScaledIdentity(y, s),
            _ => Guard.Fail<ShrinkageEstimate>(nameof(target), $"unknown shrinkage target {target}"),
        };
    }

    private static ShrinkageEstimate ConstantCorrelation(Matrix<double> y, Matrix<double> s)
    {
        int t = y.RowCount;
        int n = y.ColumnCount;
        var sd = new double[n];
        for (int i = 0; i < n; i++)
        {
            sd[i] = Math.Sqrt(s.At(i, i));
        }

        double rbar = 0.0;
        if (n > 1)
        {
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    rbar += s.At(i, j) / (sd[i] * sd[j]);
                }
            }

            rbar /= n * (n - 1) / 2.0;
        }

        var f = Matrix<double>.Build.Dense(n, n, (i, j) => i == j ? s.At(i, i) : rbar * sd[i] * sd[j]);

        // π_ij = (1/T)·Σ_t y_ti²·y_tj² − s_ij²;  θ_ii,ij = (1/T)·Σ_t y_ti³·y_tj − s_ii·s_ij (the expanded
        // forms of the paper's sums, computed as two matrix products instead of O(T·N²) scalar loops).
        var y2 = y.PointwiseMultiply(y);
        var y3 = y2.PointwiseMultiply(y);
        var piMatrix = y2.TransposeThisAndMultiply(y2) / t;
        var thetaMatrix = y3.TransposeThisAndMultiply(y) / t;
        double pi = 0.0;
        double rho = 0.0;
        double gamma = 0.0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sij = s.At(i, j);
                double piij = piMatrix.At(i, j) - sij * sij;
                pi += piij;
                if (i == j)
                {
                    rho += piij;
                    continue;
                }

                double thetaIi = thetaMatrix.At(i, j) - s.At(i, i) * sij;
                double thetaJj = thetaMatrix.At(j, i) - s.At(j, j) * sij;
                rho += 0.5 * rbar * ((sd[j] / sd[i] * thetaIi) + (sd[i] / sd[j] * thetaJj));
                double d = f.At(i, j) - sij;
                gamma += d * d;
            }
        }

        double delta = Intensity(pi - rho, gamma, t, s);
        return Combine(s, f, delta, ShrinkageTarget.ConstantCorrelation);
    }

    private static ShrinkageEstimate ScaledIdentity(Matrix<double> y, Matrix<double> s)
    {
        int t = y.RowCount;
        int n = y.ColumnCount;
        double mu = s.Trace() / n;
        var f = Matrix<double>.Build.DenseIdentity(n) * mu;

        // Norms are the papers' normalised Frobenius norm ‖A‖² = tr(A·Aᵀ)/N.
        double d2 = Math.Pow((s - f).FrobeniusNorm(), 2) / n;
        double sNorm2 = Math.Pow(s.FrobeniusNorm(), 2);
        var row = Vector<double>.Build.Dense(n);
        double bbar2 = 0.0;
        for (int k = 0; k < t; k++)
        {
            y.Row(k, row);
            double yy = row.DotProduct(row);
            double ysy = row.DotProduct(s * row);
            bbar2 += ((yy * yy) - (2.0 * ysy) + sNorm2) / n;
        }

        bbar2 /= (double)t * t;
        double b2 = Math.Min(bbar2, d2);
        double delta = d2 > 0.0 ? b2 / d2 : 0.0;
        return Combine(s, f, delta, ShrinkageTarget.ScaledIdentity);
    }

    private static double Intensity(double kappaNumerator, double gamma, int t, Matrix<double> s)
    {
        // γ ≈ 0: the sample already equals the target (N ≤ 2 for constant correlation) — nothing to
        // shrink. Relative test: rounding leaves γ at ~1e-32·‖S‖², which would otherwise blow κ up.
        double scale = s.FrobeniusNorm();
        if (!(gamma > 1e-24 * scale * scale))
        {
            return 0.0;
        }

        return Math.Clamp(kappaNumerator / gamma / t, 0.0, 1.0);
    }

    private static ShrinkageEstimate Combine(Matrix<double> s, Matrix<double> f, double delta, ShrinkageTarget kind)
    {
        var sigma = (f * delta) + (s * (1.0 - delta));
        CovarianceEstimators.Symmetrise(sigma);
        return new ShrinkageEstimate(sigma, s, f, delta, kind);
    }
}
