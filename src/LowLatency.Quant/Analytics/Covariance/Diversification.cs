using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.Covariance;

/// <summary>
/// How diversified or concentrated a book is, from exposures w (currency per unit factor return) and
/// the factor covariance Σ: diversification ratio, Herfindahl concentration of positions and of risk,
/// and the effective number of independent bets.
/// </summary>
public static class Diversification
{
    /// <summary>
    /// Σ|w_i|·σ_i / σ_p (Choueifaty &amp; Coignard 2008): stand-alone risk over portfolio risk; 1 when all
    /// factors are perfectly correlated, √N for N equal independent bets. ≥ 1 by the triangle inequality.
    /// </summary>
    public static double Ratio(ReadOnlySpan<double> exposures, Matrix<double> covariance)
    {
        Check(exposures, covariance);
        double standalone = 0.0;
        for (int i = 0; i < exposures.Length; i++)
        {
            standalone += Math.Abs(exposures[i]) * Math.Sqrt(covariance.At(i, i));
        }

        double sigma = Math.Sqrt(Math.Max(Quadratic(exposures, covariance), 0.0));
        if (!(sigma > 0.0))
        {
            Guard.Fail(nameof(exposures), "portfolio variance is zero; the diversification ratio is undefined");
        }

        return standalone / sigma;
    }

    /// <summary>Σ (|w_i| / Σ|w|)²: 1/N for an equal book, 1 for a single position.</summary>
    public static double Herfindahl(ReadOnlySpan<double> exposures)
    {
        Guard.MinLength(exposures.Length, 1, nameof(exposures), "exposures");
        Guard.Finite(exposures, nameof(exposures));
        double gross = 0.0;
        for (int i = 0; i < exposures.Length; i++)
        {
            gross += Math.Abs(exposures[i]);
        }

        if (!(gross > 0.0))
        {
            Guard.Fail(nameof(exposures), "all exposures are zero; concentration is undefined");
        }

        double h = 0.0;
        for (int i = 0; i < exposures.Length; i++)
        {
            double s = Math.Abs(exposures[i]) / gross;
            h += s * s;
        }

        return h;
    }

    /// <summary>1 / <see cref="Herfindahl"/>: the number of equal positions with the same concentration.</summary>
    public static double EffectiveNumberOfPositions(ReadOnlySpan<double> exposures) => 1.0 / Herfindahl(exposures);

    /// <summary>
    /// Euler risk shares w_i·(Σw)_i / σ²_p into <paramref name="destination"/>; they sum to 1 (a hedge has a
    /// negative share). Component VaR is VaR times these shares.
    /// </summary>
    public static void RiskContributionShares(ReadOnlySpan<double> exposures, Matrix<double> covariance, Span<double> destination)
    {
        Check(exposures, covariance);
        Guard.SameLength(destination.Length, exposures.Length, nameof(destination), "exposures");
        double variance = Quadratic(exposures, covariance);
        if (!(variance > 0.0))
        {
            Guard.Fail(nameof(exposures), "portfolio variance is zero; risk contributions are undefined");
        }

        for (int i = 0; i < exposures.Length; i++)
        {
            double sw = 0.0;
            for (int j = 0; j < exposures.Length; j++)
            {
                sw += covariance.At(i, j) * exposures[j];
            }

            destination[i] = exposures[i] * sw / variance;
        }
    }

    /// <summary>Σ s_i² over the Euler risk shares: 1 when one factor carries all the risk.</summary>
    public static double RiskConcentration(ReadOnlySpan<double> exposures, Matrix<double> covariance)
    {
        Span<double> shares = exposures.Length <= 256 ? stackalloc double[exposures.Length] : new double[exposures.Length];
        RiskContributionShares(exposures, covariance, shares);
        double h = 0.0;
        for (int i = 0; i < shares.Length; i++)
        {
            h += shares[i] * shares[i];
        }

        return h;
    }

    /// <summary>
    /// Effective number of uncorrelated bets (Meucci 2009, "Managing Diversification", principal-component
    /// version): exp of the entropy of the variance shares p_k = (e_kᵀw)²·λ_k / σ²_p along the eigenvectors of Σ.
    /// 1 for a single bet, N for N equal independent bets.
    /// </summary>
    public static double EffectiveNumberOfBets(ReadOnlySpan<double> exposures, Matrix<double> covariance)
    {
        Check(exposures, covariance);
        var evd = covariance.Evd(Symmetricity.Symmetric);
        var w = Vector<double>.Build.Dense(exposures.ToArray());
        var projected = evd.EigenVectors.TransposeThisAndMultiply(w);
        double total = 0.0;
        var parts = new double[exposures.Length];
        for (int k = 0; k < parts.Length; k++)
        {
            parts[k] = projected[k] * projected[k] * Math.Max(evd.EigenValues[k].Real, 0.0);
            total += parts[k];
        }

        if (!(total > 0.0))
        {
            Guard.Fail(nameof(exposures), "portfolio variance is zero; the number of bets is undefined");
        }

        double entropy = 0.0;
        for (int k = 0; k < parts.Length; k++)
        {
            double p = parts[k] / total;
            if (p > 0.0)
            {
                entropy -= p * Math.Log(p);
            }
        }

        return Math.Exp(entropy);
    }

    /// <summary>Mean of the off-diagonal correlations.</summary>
    public static double AverageCorrelation(Matrix<double> correlation)
    {
        CorrelationMatrix.CheckCorrelationShape(correlation, nameof(correlation));
        int n = correlation.RowCount;
        if (n < 2)
        {
            Guard.Fail(nameof(correlation), "an average correlation needs at least two factors");
        }

        double sum = 0.0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                sum += correlation.At(i, j);
            }
        }

        return sum / (n * (n - 1) / 2.0);
    }

    private static void Check(ReadOnlySpan<double> exposures, Matrix<double> covariance)
    {
        Guard.MinLength(exposures.Length, 1, nameof(exposures), "exposures");
        Guard.Finite(exposures, nameof(exposures));
        Guard.Covariance(covariance, nameof(covariance), exposures.Length);
    }

    internal static double Quadratic(ReadOnlySpan<double> w, Matrix<double> covariance)
    {
        double q = 0.0;
        for (int i = 0; i < w.Length; i++)
        {
            double row = 0.0;
            for (int j = 0; j < w.Length; j++)
            {
                row += covariance.At(i, j) * w[j];
            }

            q += w[i] * row;
        }

        return q;
    }
}
