using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.VaR;

/// <summary>
/// Delta-normal VaR (Jorion, "Value at Risk", 3rd ed., ch. 7 and 10): P&amp;L = wᵀr with r ~ N(0, h·Σ),
/// so VaR = z_c·σ_p, ES = σ_p·φ(z_c)/(1 − c), σ_p = √(h·wᵀΣw) — and its decomposition: marginal VaR
/// ∂VaR/∂w_i = z_c·(Σw)_i/σ_p, component VaR w_i·∂VaR/∂w_i (sums to VaR, Euler), incremental VaR of
/// a trade VaR(w + Δw) − VaR(w). Exposures w are P&amp;L per unit factor return; Σ is the covariance of
/// one-period factor returns; the horizon h is in those periods (square-root-of-time).
/// </summary>
public static class ParametricVar
{
    public static VarResult DeltaNormal(ReadOnlySpan<double> exposures, Matrix<double> covariance, double confidence, double horizonPeriods = 1.0)
    {
        Check(exposures, covariance, confidence, horizonPeriods);
        double sigma = Math.Sqrt(horizonPeriods * Math.Max(Quadratic(exposures, covariance), 0.0));
        return FromSigma(sigma, confidence);
    }

    /// <summary>∂VaR/∂w_i = z_c·√h·(Σw)_i/σ into <paramref name="destination"/>: VaR added per unit of extra exposure.</summary>
    public static void Marginal(ReadOnlySpan<double> exposures, Matrix<double> covariance, double confidence, Span<double> destination, double horizonPeriods = 1.0)
    {
        Check(exposures, covariance, confidence, horizonPeriods);
        Guard.SameLength(destination.Length, exposures.Length, nameof(destination), "exposures");
        double variance = Quadratic(exposures, covariance);
        if (!(variance > 0.0))
        {
            Guard.Fail(nameof(exposures), "portfolio variance is zero; marginal VaR is undefined (every direction adds risk at rate z·σ_i)");
        }

        double scale = NormalQuantiles.Z(confidence) * Math.Sqrt(horizonPeriods / variance);
        for (int i = 0; i < exposures.Length; i++)
        {
            destination[i] = scale * Row(covariance, i, exposures);
        }
    }

    /// <summary>w_i·∂VaR/∂w_i into <paramref name="destination"/>; the components sum to the VaR.</summary>
    public static void Component(ReadOnlySpan<double> exposures, Matrix<double> covariance, double confidence, Span<double> destination, double horizonPeriods = 1.0)
    {
        Marginal(exposures, covariance, confidence, destination, horizonPeriods);
        for (int i = 0; i < exposures.Length; i++)
        {
            destination[i] *= exposures[i];
        }
    }

    /// <summary>VaR(w + Δw) − VaR(w), exactly (not the first-order marginal approximation).</summary>
    public static double Incremental(ReadOnlySpan<double> exposures, ReadOnlySpan<double> trade, Matrix<double> covariance, double confidence, double horizonPeriods = 1.0)
    {
        Check(exposures, covariance, confidence, horizonPeriods);
        Guard.SameLength(trade.Length, exposures.Length, nameof(trade), "exposures");
        Guard.Finite(trade, nameof(trade));
        double[] after = new double[exposures.Length];
        for (int i = 0; i < after.Length; i++)
        {
            after[i] = exposures[i] + trade[i];
        }

        double z = NormalQuantiles.Z(confidence) * Math.Sqrt(horizonPeriods);
        return z * (Math.Sqrt(Math.Max(Quadratic(after, covariance), 0.0)) - Math.Sqrt(Math.Max(Quadratic(exposures, covariance), 0.0)));
    }

    internal static VarResult FromSigma(double sigma, double confidence) =>
        new(NormalQuantiles.Z(confidence) * sigma, NormalQuantiles.ShortfallMultiplier(confidence) * sigma, confidence, 0.0, sigma, 0);

    internal static void Check(ReadOnlySpan<double> exposures, Matrix<double> covariance, double confidence, double horizonPeriods)
    {
        Guard.Confidence(confidence);
        Guard.Positive(horizonPeriods, nameof(horizonPeriods));
        Guard.MinLength(exposures.Length, 1, nameof(exposures), "exposures");
        Guard.Finite(exposures, nameof(exposures));
        Guard.Covariance(covariance, nameof(covariance), exposures.Length);
    }

    internal static double Quadratic(ReadOnlySpan<double> w, Matrix<double> covariance)
    {
        double q = 0.0;
        for (int i = 0; i < w.Length; i++)
        {
            q += w[i] * Row(covariance, i, w);
        }

        return q;
    }

    private static double Row(Matrix<double> covariance, int i, ReadOnlySpan<double> w)
    {
        double s = 0.0;
        for (int j = 0; j < w.Length; j++)
        {
            s += covariance.At(i, j) * w[j];
        }

        return s;
    }
}
