using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace LowLatency.Quant.Tests.Analytics;

/// <summary>Seeded test data: correlated normal return histories and small covariance matrices.</summary>
internal static class TestMatrices
{
    public static Matrix<double> Of(double[,] values) => Matrix<double>.Build.DenseOfArray(values);

    /// <summary>Covariance with volatilities <paramref name="vols"/> and one common correlation <paramref name="rho"/>.</summary>
    public static Matrix<double> ConstantCorrelationCovariance(double[] vols, double rho) =>
        Matrix<double>.Build.Dense(vols.Length, vols.Length, (i, j) => vols[i] * vols[j] * (i == j ? 1.0 : rho));

    /// <summary>T×N normal returns with covariance <paramref name="covariance"/> (x = L·z, L the Cholesky factor).</summary>
    public static Matrix<double> CorrelatedReturns(Matrix<double> covariance, int observations, int seed)
    {
        var l = covariance.Cholesky().Factor;
        var z = Matrix<double>.Build.Random(observations, covariance.RowCount, new Normal(0, 1, new Xoshiro256StarStar(seed)));
        return z.TransposeAndMultiply(l);
    }
}
