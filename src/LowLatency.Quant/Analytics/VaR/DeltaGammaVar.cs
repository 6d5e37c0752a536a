using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.VaR;

/// <summary>
/// Delta-gamma VaR with the Cornish–Fisher expansion (Jorion, "Value at Risk", 3rd ed., §14.3;
/// Zangari 1996, RiskMetrics Monitor Q1). P&amp;L = δᵀr + ½·rᵀΓr with r ~ N(0, h·Σ). Its exact cumulants,
/// with A = ΓΣ: mean ½·tr A; variance δᵀΣδ + ½·tr A²; κ₃ = 3·δᵀΣΓΣδ + tr A³; κ₄ = 12·δᵀΣΓΣΓΣδ + 3·tr A⁴.
/// The α = 1 − c quantile of P&amp;L is μ + σ·w with
/// w = z + (z² − 1)·s/6 + (z³ − 3z)·k/24 − (2z³ − 5z)·s²/36, z = Φ⁻¹(α), s = κ₃/σ³, k = κ₄/σ⁴.
/// ES is the tail average of that quantile function, in closed form through the truncated normal moments
/// ∫_{−∞}^{z} xⁿφ(x)dx. Cornish–Fisher is an approximation: good for moderate skew (|s| ≲ 1); for strongly
/// non-linear books use <see cref="MonteCarloVarEngine"/> with full revaluation.
/// </summary>
public static class DeltaGammaVar
{
    /// <summary>Full gamma matrix Γ (cross-gammas allowed; must be symmetric).</summary>
    public static DeltaGammaResult CornishFisher(ReadOnlySpan<double> deltas, Matrix<double> gamma, Matrix<double> covariance, double confidence, double horizonPeriods = 1.0)
    {
        ParametricVar.Check(deltas, covariance, confidence, horizonPeriods);
        Guard.Symmetric(gamma, nameof(gamma), deltas.Length);
        var sigma = covariance * horizonPeriods;
        var d = Vector<double>.Build.Dense(deltas.ToArray());
        var a = gamma * sigma;
        var a2 = a * a;
        var sd = sigma * d;

        double mean = 0.5 * a.Trace();
        double variance = d.DotProduct(sd) + (0.5 * a2.Trace());
        double k3 = (3.0 * sd.DotProduct(gamma * sd)) + (a2 * a).Trace();
        var gsd = gamma * sd;
        double k4 = (12.0 * gsd.DotProduct(sigma * gsd)) + (3.0 * (a2 * a2).Trace());
        return FromCumulants(mean, variance, k3, k4, confidence);
    }

    /// <summary>
    /// Diagonal gamma (each option book sensitive to its own underlying only), as a <c>RiskSnapshot</c> carries
    /// it. Only the k factors with non-zero gamma enter the trace terms, so the cost is O(n² + k³) rather than O(n³).
    /// </summary>
    public static DeltaGammaResult CornishFisher(ReadOnlySpan<double> deltas, ReadOnlySpan<double> gammas, Matrix<double> covariance, double confidence, double horizonPeriods = 1.0)
    {
        ParametricVar.Check(deltas, covariance, confidence, horizonPeriods);
        Guard.SameLength(gammas.Length, deltas.Length, nameof(gammas), "deltas");
        Guard.Finite(gammas, nameof(gammas));
        return DiagonalCore(deltas, gammas, covariance, confidence, horizonPeriods);
    }

    /// <summary>The diagonal-gamma computation on inputs already validated (the runner validates Σ once per model).</summary>
    internal static DeltaGammaResult DiagonalCore(ReadOnlySpan<double> deltas, ReadOnlySpan<double> gammas, Matrix<double> covariance, double confidence, double horizonPeriods)
    {
        int n = deltas.Length;
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            if (gammas[i] != 0.0)
            {
                k++;
            }
        }

        var active = new int[k];
        for (int i = 0, a = 0; i < n; i++)
        {
            if (gammas[i] != 0.0)
            {
                active[a++] = i;
            }
        }

        // s = hΣδ over all factors (O(n²)); everything else lives on the k gamma-carrying factors.
        double h = horizonPeriods;
        var sd = new double[n];
        double variance = 0.0;
        for (int i = 0; i < n; i++)
        {
            double sum = 0.0;
            for (int j = 0; j < n; j++)
            {
                sum += covariance.At(i, j) * deltas[j];
            }

            sd[i] = h * sum;
            variance += deltas[i] * sd[i];
        }

        // A_K = Γ_K·(hΣ)_KK; tr(A^p) of the full ΓΣ equals tr(A_K^p) because Γ is zero off K.
        var ak = Matrix<double>.Build.Dense(k, k);
        for (int a = 0; a < k; a++)
        {
            for (int b = 0; b < k; b++)
            {
                ak.At(a, b, gammas[active[a]] * h * covariance.At(active[a], active[b]));
            }
        }

        var ak2 = ak * ak;
        double mean = 0.5 * ak.Trace();
        variance += 0.5 * ak2.Trace();

        // δᵀΣΓΣδ = Σ_K γ·s²;  δᵀΣΓΣΓΣδ = uᵀ(hΣ)_KK·u with u = γ·s on K.
        double k3 = (ak2 * ak).Trace();
        double quad = 0.0;
        var u = new double[k];
        for (int a = 0; a < k; a++)
        {
            u[a] = gammas[active[a]] * sd[active[a]];
            quad += u[a] * sd[active[a]];
        }

        k3 += 3.0 * quad;
        double quad2 = 0.0;
        for (int a = 0; a < k; a++)
        {
            for (int b = 0; b < k; b++)
            {
                quad2 += u[a] * h * covariance.At(active[a], active[b]) * u[b];
            }
        }

        double k4 = (12.0 * quad2) + (3.0 * (ak2 * ak2).Trace());
        return FromCumulants(mean, Math.Max(variance, 0.0), k3, k4, confidence);
    }

    /// <summary>Cornish–Fisher VaR/ES from the first four cumulants of a P&amp;L distribution.</summary>
    public static DeltaGammaResult FromCumulants(double mean, double variance, double thirdCumulant, double fourthCumulant, double confidence)
    {
        Guard.Confidence(confidence);
        Guard.Finite(mean, nameof(mean));
        Guard.Finite(thirdCumulant, nameof(thirdCumulant));
        Guard.Finite(fourthCumulant, nameof(fourthCumulant));
        Guard.NonNegative(variance, nameof(variance));
        double sd = Math.Sqrt(variance);
        double s = sd > 0.0 ? thirdCumulant / (variance * sd) : 0.0;
        double k = sd > 0.0 ? fourthCumulant / (variance * variance) : 0.0;

        double alpha = 1.0 - confidence;
        double z = Normal.InvCDF(0.0, 1.0, alpha);
        double w = z + ((z * z) - 1.0) * s / 6.0 + ((z * z * z) - (3.0 * z)) * k / 24.0 - ((2.0 * z * z * z) - (5.0 * z)) * s * s / 36.0;
        double var = -(mean + (sd * w));

        // Tail moments I_n = ∫_{−∞}^{z} xⁿ φ(x) dx: I0 = α, I1 = −φ, I2 = α − zφ, I3 = −(z² + 2)φ.
        double phi = Normal.PDF(0.0, 1.0, z);
        double i0 = alpha;
        double i1 = -phi;
        double i2 = alpha - (z * phi);
        double i3 = -((z * z) + 2.0) * phi;
        double tail = i1 + ((i2 - i0) * s / 6.0) + ((i3 - (3.0 * i1)) * k / 24.0) - (((2.0 * i3) - (5.0 * i1)) * s * s / 36.0);
        double es = -(mean + (sd * tail / alpha));

        return new DeltaGammaResult(new VarResult(var, es, confidence, mean, sd, 0), mean, sd, s, k);
    }
}
