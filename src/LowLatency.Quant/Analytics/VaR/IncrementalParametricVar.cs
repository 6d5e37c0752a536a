using System.Runtime.CompilerServices;
using Matrix = MathNet.Numerics.LinearAlgebra.Matrix<double>;

namespace LowLatency.Quant.Analytics.VaR;

/// <summary>
/// Delta-normal VaR kept current tick by tick, fast enough for a pre-trade check. It caches Σw (covariance
/// times exposures): a tick that changes exposure i by d updates Σw += d·Σ[:,i] and σ² = wᵀ(Σw) in one
/// fused O(n) SIMD pass; "VaR after this trade" needs no update at all — for a trade Δw on factors K,
/// σ'² = σ² + 2·Δwᵀ(Σw) + ΔwᵀΣΔw costs O(|K|²) (O(1) for a single factor). No allocation after
/// construction; bad input returns a <see cref="PreTradeVarStatus"/> and leaves the state untouched.
/// Single-threaded: owned by the decision thread.
/// </summary>
/// <remarks>
/// Invariant: _sw[j] = Σ_k Σ[j,k]·_w[k] up to accumulated rounding (each update adds ≈ ε·|d·Σ[j,i]|);
/// <see cref="Resynchronise"/> rebuilds it in O(n²) off-peak and reports the drift it removed.
/// </remarks>
public sealed class IncrementalParametricVar
{
    private readonly double[] _cov;
    private readonly double[] _w;
    private readonly double[] _sw;
    private readonly int _n;
    private readonly double _varMultiplier;
    private readonly double _esMultiplier;
    private double _variance;

    /// <summary>Copies and validates (PSD) <paramref name="covariance"/>; exposures start at zero.</summary>
    public IncrementalParametricVar(Matrix covariance, double confidence, double horizonPeriods = 1.0)
    {
        Guard.Confidence(confidence);
        Guard.Positive(horizonPeriods, nameof(horizonPeriods));
        Guard.Covariance(covariance, nameof(covariance));
        _n = covariance.RowCount;
        _cov = covariance.ToRowMajorArray();
        _w = new double[_n];
        _sw = new double[_n];
        Confidence = confidence;
        _varMultiplier = NormalQuantiles.Z(confidence) * Math.Sqrt(horizonPeriods);
        _esMultiplier = NormalQuantiles.ShortfallMultiplier(confidence) * Math.Sqrt(horizonPeriods);
    }

    public int FactorCount => _n;

    public double Confidence { get; }

    public ReadOnlySpan<double> Exposures => _w;

    /// <summary>wᵀΣw, the one-period P&amp;L variance.</summary>
    public double Variance => _variance;

    public double ValueAtRisk => _varMultiplier * Math.Sqrt(_variance);

    public double ExpectedShortfall => _esMultiplier * Math.Sqrt(_variance);

    /// <summary>Replaces every exposure and rebuilds the cache in O(n²). Setup path: throws on bad input.</summary>
    public void SetExposures(ReadOnlySpan<double> exposures)
    {
        Guard.SameLength(exposures.Length, _n, nameof(exposures), "covariance rows");
        Guard.Finite(exposures, nameof(exposures));
        exposures.CopyTo(_w);
        Resynchronise();
    }

    /// <summary>Sets exposure <paramref name="factor"/> to <paramref name="exposure"/> in O(n).</summary>
    public PreTradeVarStatus SetExposure(int factor, double exposure)
    {
        if ((uint)factor >= (uint)_w.Length)
        {
            return PreTradeVarStatus.UnknownFactor;
        }

        return AddExposure(factor, exposure - _w[factor]);
    }

    /// <summary>Adds <paramref name="delta"/> to exposure <paramref name="factor"/> in O(n) (one fused SIMD pass).</summary>
    public PreTradeVarStatus AddExposure(int factor, double delta)
    {
        if ((uint)factor >= (uint)_w.Length)
        {
            return PreTradeVarStatus.UnknownFactor;
        }

        if (!double.IsFinite(delta) || !double.IsFinite(_w[factor] + delta))
        {
            return PreTradeVarStatus.NonFiniteInput;
        }

        _w[factor] += delta;
        _variance = Math.Max(VectorKernels.AxpyDot(delta, _cov.AsSpan(factor * _n, _n), _sw, _w), 0.0);
        return PreTradeVarStatus.Ok;
    }

    /// <summary>VaR if <paramref name="delta"/> were added to exposure <paramref name="factor"/>, in O(1); nothing changes.</summary>
    public PreTradeVarStatus VarAfterTrade(int factor, double delta, out double varAfter)
    {
        varAfter = double.NaN;
        if ((uint)factor >= (uint)_w.Length)
        {
            return PreTradeVarStatus.UnknownFactor;
        }

        if (!double.IsFinite(delta))
        {
            return PreTradeVarStatus.NonFiniteInput;
        }

        double v = _variance + (2.0 * delta * _sw[factor]) + (delta * delta * _cov[(factor * _n) + factor]);
        varAfter = _varMultiplier * Math.Sqrt(Math.Max(v, 0.0));
        return PreTradeVarStatus.Ok;
    }

    /// <summary>
    /// VaR after a trade that changes several exposures (factors[k] by deltas[k]; repeats allowed), in
    /// O(k²) from the cached Σw; nothing changes.
    /// </summary>
    public PreTradeVarStatus VarAfterTrade(ReadOnlySpan<int> factors, ReadOnlySpan<double> deltas, out double varAfter)
    {
        varAfter = double.NaN;
        if (factors.Length != deltas.Length)
        {
            return PreTradeVarStatus.MismatchedLengths;
        }

        double linear = 0.0;
        double quadratic = 0.0;
        for (int a = 0; a < factors.Length; a++)
        {
            int i = factors[a];
            double di = deltas[a];
            if ((uint)i >= (uint)_w.Length)
            {
                return PreTradeVarStatus.UnknownFactor;
            }

            if (!double.IsFinite(di))
            {
                return PreTradeVarStatus.NonFiniteInput;
            }

            linear += di * _sw[i];
            int row = i * _n;
            for (int b = 0; b < factors.Length; b++)
            {
                int j = factors[b];
                if ((uint)j < (uint)_w.Length)
                {
                    quadratic += di * _cov[row + j] * deltas[b];
                }
            }
        }

        varAfter = _varMultiplier * Math.Sqrt(Math.Max(_variance + (2.0 * linear) + quadratic, 0.0));
        return PreTradeVarStatus.Ok;
    }

    /// <summary>
    /// Pre-trade check: <see cref="PreTradeVarStatus.Ok"/> when VaR after the trade is within
    /// <paramref name="varLimit"/> or the trade lowers VaR (a hedge is never blocked), else
    /// <see cref="PreTradeVarStatus.LimitBreached"/>. O(1); nothing changes.
    /// </summary>
    public PreTradeVarStatus CheckTrade(int factor, double delta, double varLimit, out double varAfter)
    {
        var status = VarAfterTrade(factor, delta, out varAfter);
        return status != PreTradeVarStatus.Ok ? status : Judge(varAfter, varLimit);
    }

    /// <summary>Multi-factor form of <see cref="CheckTrade(int, double, double, out double)"/>, O(k²).</summary>
    public PreTradeVarStatus CheckTrade(ReadOnlySpan<int> factors, ReadOnlySpan<double> deltas, double varLimit, out double varAfter)
    {
        var status = VarAfterTrade(factors, deltas, out varAfter);
        return status != PreTradeVarStatus.Ok ? status : Judge(varAfter, varLimit);
    }

    /// <summary>Component VaR w_i·z·(Σw)_i/σ per factor into <paramref name="destination"/> (O(n); zeros when σ = 0).</summary>
    public PreTradeVarStatus ComponentVar(Span<double> destination)
    {
        if (destination.Length != _n)
        {
            return PreTradeVarStatus.MismatchedLengths;
        }

        double sigma = Math.Sqrt(_variance);
        double scale = sigma > 0.0 ? _varMultiplier / sigma : 0.0;
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = _w[i] * _sw[i] * scale;
        }

        return PreTradeVarStatus.Ok;
    }

    /// <summary>Rebuilds Σw and σ² from scratch in O(n²); returns the largest absolute drift removed from Σw.</summary>
    public double Resynchronise()
    {
        double drift = 0.0;
        double variance = 0.0;
        for (int j = 0; j < _n; j++)
        {
            double s = VectorKernels.Dot(_cov.AsSpan(j * _n, _n), _w);
            drift = Math.Max(drift, Math.Abs(s - _sw[j]));
            _sw[j] = s;
            variance += _w[j] * s;
        }

        _variance = Math.Max(variance, 0.0);
        return drift;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private PreTradeVarStatus Judge(double varAfter, double varLimit)
    {
        if (!double.IsFinite(varLimit))
        {
            return PreTradeVarStatus.NonFiniteInput;
        }

        return varAfter <= varLimit || varAfter <= ValueAtRisk ? PreTradeVarStatus.Ok : PreTradeVarStatus.LimitBreached;
    }
}
