using System.Runtime.CompilerServices;

namespace LowLatency.Rebalancing.Estimators;

/// <summary>
/// Equally weighted, de-meaned second moments of two series over the last N samples, O(1) per sample from
/// running sums over a preallocated ring. Agrees with the batch (two-pass) estimator on the same window — the
/// formula of <c>TradeImpact.MinimumVarianceHedgeRatio</c> — to rounding.
/// </summary>
/// <remarks>
/// Running sums drift (each add/remove rounds); every N samples the sums are recomputed exactly from the ring
/// (O(N) once per N samples, amortised O(1)), which bounds the drift to one window's roundings.
/// </remarks>
public sealed class RollingCovariance
{
    private readonly double[] _x;
    private readonly double[] _y;
    private int _next;
    private int _count;
    private int _sinceResum;
    private double _sx;
    private double _sy;
    private double _sxx;
    private double _syy;
    private double _sxy;

    public RollingCovariance(int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 3);
        _x = new double[window];
        _y = new double[window];
    }

    public int Window => _x.Length;

    /// <summary>Samples in the window (≤ <see cref="Window"/>).</summary>
    public int Count => _count;

    /// <summary>Samples seen since creation.</summary>
    public long Total { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double x, double y)
    {
        if (_count == _x.Length)
        {
            double ox = _x[_next];
            double oy = _y[_next];
            _sx -= ox;
            _sy -= oy;
            _sxx -= ox * ox;
            _syy -= oy * oy;
            _sxy -= ox * oy;
        }
        else
        {
            _count++;
        }

        _x[_next] = x;
        _y[_next] = y;
        _sx += x;
        _sy += y;
        _sxx += x * x;
        _syy += y * y;
        _sxy += x * y;
        _next = _next + 1 == _x.Length ? 0 : _next + 1;
        Total++;
        if (++_sinceResum == _x.Length)
        {
            Resum();
        }
    }

    /// <summary>Sample covariance (n − 1 denominator).</summary>
    public double Covariance => _count > 1 ? (_sxy - _sx * _sy / _count) / (_count - 1) : 0.0;

    public double VarianceX => _count > 1 ? Math.Max(_sxx - _sx * _sx / _count, 0.0) / (_count - 1) : 0.0;

    public double VarianceY => _count > 1 ? Math.Max(_syy - _sy * _sy / _count, 0.0) / (_count - 1) : 0.0;

    /// <summary>h* = Cov(x, y)/Var(y); NaN without variance.</summary>
    public double HedgeRatio
    {
        get
        {
            double vy = VarianceY;
            return vy > 0 ? Covariance / vy : double.NaN;
        }
    }

    public double Correlation
    {
        get
        {
            double v = VarianceX * VarianceY;
            return v > 0 ? Covariance / Math.Sqrt(v) : double.NaN;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Resum()
    {
        _sinceResum = 0;
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (int i = 0; i < _count; i++)
        {
            double x = _x[i];
            double y = _y[i];
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
        }

        (_sx, _sy, _sxx, _syy, _sxy) = (sx, sy, sxx, syy, sxy);
    }
}
