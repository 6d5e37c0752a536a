using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.Covariance;

/// <summary>
/// Streaming RiskMetrics covariance Σ_{t+1} = λ·Σ_t + (1 − λ)·r_t·r_tᵀ (zero mean), updated in O(n²)
/// without allocation as each return vector arrives; the first vector seeds Σ = r·rᵀ. Single-threaded:
/// the analytics thread owns it.
/// </summary>
public sealed class EwmaCovarianceTracker
{
    private readonly double[] _cov;
    private readonly int _n;
    private readonly double _lambda;
    private long _count;

    public EwmaCovarianceTracker(int factorCount, double lambda = Volatility.EwmaVolatility.RiskMetricsDailyLambda)
    {
        Guard.Positive(factorCount, nameof(factorCount));
        Guard.Lambda(lambda);
        _n = factorCount;
        _lambda = lambda;
        _cov = new double[factorCount * factorCount];
    }

    public int FactorCount => _n;

    public long Count => _count;

    /// <summary>Σ[i,j] of the current estimate.</summary>
    public double this[int i, int j] => _cov[(i * _n) + j];

    /// <summary>Folds in one vector of factor returns; a non-finite entry is refused and the state is untouched.</summary>
    public void Update(ReadOnlySpan<double> returns)
    {
        Guard.SameLength(returns.Length, _n, nameof(returns), "factorCount");
        Guard.Finite(returns, nameof(returns));
        double keep = _count == 0 ? 0.0 : _lambda;
        double add = _count == 0 ? 1.0 : 1.0 - _lambda;
        Span<double> cov = _cov;
        for (int i = 0; i < _n; i++)
        {
            double ai = add * returns[i];
            Span<double> row = cov.Slice(i * _n, _n);
            for (int j = 0; j < row.Length && j < returns.Length; j++)
            {
                row[j] = (keep * row[j]) + (ai * returns[j]);
            }
        }

        _count++;
    }

    /// <summary>A copy of the estimate as a MathNet matrix.</summary>
    public Matrix<double> ToMatrix()
    {
        if (_count == 0)
        {
            Guard.Fail("returns", "no return vector has been added yet");
        }

        return Matrix<double>.Build.Dense(_n, _n, (i, j) => _cov[(i * _n) + j]);
    }
}
