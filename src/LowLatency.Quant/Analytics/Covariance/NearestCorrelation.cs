using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.Covariance;

/// <summary>
/// Nearest correlation matrix in the Frobenius norm by Higham's alternating projections with Dykstra's
/// correction (N. J. Higham, "Computing the nearest correlation matrix — a problem from finance",
/// IMA J. Numer. Anal. 22, 2002, Algorithm 3.3, unit weights): alternately project onto the PSD cone
/// (eigen-decomposition, negative eigenvalues clipped) and onto unit-diagonal matrices. A final
/// eigenvalue floor makes the result strictly positive definite so Cholesky-based engines accept it.
/// </summary>
public static class NearestCorrelation
{
    /// <summary>
    /// Repairs a symmetric "pseudo-correlation" matrix (unit diagonal wanted, entries anywhere, possibly
    /// indefinite). <paramref name="minEigenvalue"/> ≥ 0 is the floor applied after convergence (then the
    /// diagonal is rescaled back to 1); use 0 for the pure Higham answer.
    /// </summary>
    public static Matrix<double> Repair(Matrix<double> matrix, double tolerance = 1e-10, int maxIterations = 1000, double minEigenvalue = 1e-10)
    {
        Guard.Symmetric(matrix, nameof(matrix));
        Guard.Positive(tolerance, nameof(tolerance));
        Guard.Positive(maxIterations, nameof(maxIterations));
        Guard.NonNegative(minEigenvalue, nameof(minEigenvalue));
        if (minEigenvalue >= 1.0)
        {
            Guard.Fail(nameof(minEigenvalue), $"minEigenvalue must be below 1 (a correlation matrix's eigenvalues average 1) but was {Guard.Format(minEigenvalue)}");
        }

        int n = matrix.RowCount;
        var y = matrix.Clone();
        SetUnitDiagonal(y);
        var correction = Matrix<double>.Build.Dense(n, n);
        var x = y;
        for (int k = 0; k < maxIterations; k++)
        {
            var r = y - correction;
            x = ProjectPsd(r, 0.0);
            correction = x - r;
            var next = x.Clone();
            SetUnitDiagonal(next);
            double change = (next - y).FrobeniusNorm() / Math.Max(next.FrobeniusNorm(), 1.0);
            double gap = (next - x).FrobeniusNorm() / Math.Max(next.FrobeniusNorm(), 1.0);
            y = next;
            if (change < tolerance && gap < tolerance)
            {
                break;
            }
        }

        // y has the exact unit diagonal and is PSD to within the tolerance; the floor and rescale make
        // it exactly PSD (eigenvalues ≥ minEigenvalue before rescaling), as downstream Cholesky needs.
        var floored = ProjectPsd(y, minEigenvalue);
        var d = new double[n];
        for (int i = 0; i < n; i++)
        {
            d[i] = 1.0 / Math.Sqrt(floored.At(i, i));
        }

        var result = Matrix<double>.Build.Dense(n, n, (i, j) => i == j ? 1.0 : floored.At(i, j) * d[i] * d[j]);
        CovarianceEstimators.Symmetrise(result);
        return result;
    }

    /// <summary>Smallest eigenvalue of a symmetric matrix (a correlation matrix is valid when it is ≥ 0).</summary>
    public static double MinimumEigenvalue(Matrix<double> matrix)
    {
        Guard.Symmetric(matrix, nameof(matrix));
        var values = matrix.Evd(Symmetricity.Symmetric).EigenValues;
        double min = double.PositiveInfinity;
        for (int i = 0; i < values.Count; i++)
        {
            min = Math.Min(min, values[i].Real);
        }

        return min;
    }

    private static Matrix<double> ProjectPsd(Matrix<double> m, double floor)
    {
        var evd = m.Evd(Symmetricity.Symmetric);
        var q = evd.EigenVectors;
        var values = evd.EigenValues;
        var scaled = q.Clone();
        for (int j = 0; j < values.Count; j++)
        {
            double lambda = Math.Max(values[j].Real, floor);
            scaled.SetColumn(j, q.Column(j) * lambda);
        }

        var p = scaled.TransposeAndMultiply(q);
        CovarianceEstimators.Symmetrise(p);
        return p;
    }

    private static void SetUnitDiagonal(Matrix<double> m)
    {
        for (int i = 0; i < m.RowCount; i++)
        {
            m.At(i, i, 1.0);
        }
    }
}
