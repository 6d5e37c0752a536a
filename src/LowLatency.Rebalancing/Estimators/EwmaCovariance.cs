using System.Runtime.CompilerServices;

namespace LowLatency.Rebalancing.Estimators;

/// <summary>
/// Exponentially weighted second moments of two return series in O(1) per sample, zero-mean (RiskMetrics
/// convention for high-frequency returns): each moment is Σ λ^{n−1−i}·x_i·y_i / Σ λ^{n−1−i}, the normalisation
/// removing the start-up bias of the recursive form. Gives the minimum-variance hedge ratio h* = Cov(x,y)/Var(y)
/// and the correlation.
/// </summary>
public struct EwmaCovariance
{
    private readonly double _decay;
    private double _sxx;
    private double _syy;
    private double _sxy;
    private double _weight;

    /// <summary>Decay λ = 2^{−1/halfLife}: a sample's weight halves every <paramref name="halfLifeSamples"/> samples.</summary>
    public EwmaCovariance(double halfLifeSamples)
    {
        _decay = Math.Pow(0.5, 1.0 / halfLifeSamples);
    }

    public readonly double Decay => _decay;

    /// <summary>Samples seen.</summary>
    public int Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double x, double y)
    {
        _sxx = _decay * _sxx + x * x;
        _syy = _decay * _syy + y * y;
        _sxy = _decay * _sxy + x * y;
        _weight = _decay * _weight + 1.0;
        Count++;
    }

    public readonly double VarianceX => _weight > 0 ? _sxx / _weight : 0.0;

    public readonly double VarianceY => _weight > 0 ? _syy / _weight : 0.0;

    public readonly double Covariance => _weight > 0 ? _sxy / _weight : 0.0;

    /// <summary>h* = Cov(x, y)/Var(y): units of y that minimise the variance of one unit of x hedged; NaN without variance.</summary>
    public readonly double HedgeRatio => _syy > 0 ? _sxy / _syy : double.NaN;

    /// <summary>Correlation of x and y; NaN without variance.</summary>
    public readonly double Correlation => _sxx > 0 && _syy > 0 ? _sxy / Math.Sqrt(_sxx * _syy) : double.NaN;
}
