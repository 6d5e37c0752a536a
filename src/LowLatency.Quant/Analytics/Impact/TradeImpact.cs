using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.Impact;

/// <summary>
/// Risk impact of a trade on the book: the variance change of a candidate trade, the minimum-variance
/// hedge in a chosen instrument, and the classic hedge ratio from return series (Hull, "Options, Futures
/// and Other Derivatives", §3.4). Exposures are P&amp;L per unit factor return; Σ the factor covariance.
/// </summary>
public static class TradeImpact
{
    /// <summary>Δσ² = 2·wᵀΣΔw + ΔwᵀΣΔw, with both terms reported.</summary>
    public static VarianceImpact OfTrade(ReadOnlySpan<double> exposures, ReadOnlySpan<double> trade, Matrix<double> covariance)
    {
        Check(exposures, covariance);
        Guard.SameLength(trade.Length, exposures.Length, nameof(trade), "exposures");
        Guard.Finite(trade, nameof(trade));
        double before = 0.0;
        double cross = 0.0;
        double own = 0.0;
        for (int i = 0; i < exposures.Length; i++)
        {
            double sw = 0.0;
            double sd = 0.0;
            for (int j = 0; j < exposures.Length; j++)
            {
                double c = covariance.At(i, j);
                sw += c * exposures[j];
                sd += c * trade[j];
            }

            before += exposures[i] * sw;
            cross += 2.0 * trade[i] * sw;
            own += trade[i] * sd;
        }

        return new VarianceImpact(before, cross, own);
    }

    /// <summary>
    /// The exposure h in factor <paramref name="hedgeFactor"/> minimising Var(P&amp;L): h* = −(Σw)_k / Σ_kk,
    /// leaving σ²·(1 − ρ²) where ρ is the correlation between the book and factor k.
    /// </summary>
    public static HedgeResult MinimumVarianceHedge(ReadOnlySpan<double> exposures, Matrix<double> covariance, int hedgeFactor)
    {
        Check(exposures, covariance);
        if ((uint)hedgeFactor >= (uint)exposures.Length)
        {
            Guard.Fail(nameof(hedgeFactor), $"hedgeFactor {hedgeFactor} is outside 0..{exposures.Length - 1}");
        }

        double hedgeVariance = covariance.At(hedgeFactor, hedgeFactor);
        if (!(hedgeVariance > 0.0))
        {
            Guard.Fail(nameof(hedgeFactor), $"factor {hedgeFactor} has zero variance and cannot hedge anything");
        }

        double swk = 0.0;
        double before = 0.0;
        for (int i = 0; i < exposures.Length; i++)
        {
            double sw = 0.0;
            for (int j = 0; j < exposures.Length; j++)
            {
                sw += covariance.At(i, j) * exposures[j];
            }

            before += exposures[i] * sw;
            if (i == hedgeFactor)
            {
                swk = sw;
            }
        }

        double h = -swk / hedgeVariance;

        // σ²(h) = σ² + 2h(Σw)_k + h²Σ_kk = σ² − (Σw)_k²/Σ_kk at the optimum.
        double after = Math.Max(before - (swk * swk / hedgeVariance), 0.0);
        return new HedgeResult(hedgeFactor, h, before, after);
    }

    /// <summary>h* = Cov(ΔS, ΔF)/Var(ΔF) = ρ·σ_S/σ_F from aligned return (or price-change) series.</summary>
    public static HedgeRatioEstimate MinimumVarianceHedgeRatio(ReadOnlySpan<double> spotChanges, ReadOnlySpan<double> hedgeChanges)
    {
        Guard.MinLength(spotChanges.Length, 3, nameof(spotChanges), "observations");
        Guard.SameLength(hedgeChanges.Length, spotChanges.Length, nameof(hedgeChanges), "spotChanges");
        Guard.Finite(spotChanges, nameof(spotChanges));
        Guard.Finite(hedgeChanges, nameof(hedgeChanges));
        double ms = ReturnSeries.Mean(spotChanges);
        double mf = ReturnSeries.Mean(hedgeChanges);
        double sff = 0.0, sss = 0.0, ssf = 0.0;
        for (int i = 0; i < spotChanges.Length; i++)
        {
            double ds = spotChanges[i] - ms;
            double df = hedgeChanges[i] - mf;
            sss += ds * ds;
            sff += df * df;
            ssf += ds * df;
        }

        if (!(sff > 0.0) || !(sss > 0.0))
        {
            Guard.Fail(sff > 0.0 ? nameof(spotChanges) : nameof(hedgeChanges), "a series with zero variance has no hedge ratio");
        }

        return new HedgeRatioEstimate(ssf / sff, ssf / Math.Sqrt(sss * sff));
    }

    /// <summary>h* = ρ·σ_S/σ_F from the summary statistics.</summary>
    public static HedgeRatioEstimate MinimumVarianceHedgeRatio(double spotVolatility, double hedgeVolatility, double correlation)
    {
        Guard.NonNegative(spotVolatility, nameof(spotVolatility));
        Guard.Positive(hedgeVolatility, nameof(hedgeVolatility));
        if (!(Math.Abs(correlation) <= 1.0))
        {
            Guard.Fail(nameof(correlation), $"correlation must lie in [−1, 1] but was {Guard.Format(correlation)}");
        }

        return new HedgeRatioEstimate(correlation * spotVolatility / hedgeVolatility, correlation);
    }

    private static void Check(ReadOnlySpan<double> exposures, Matrix<double> covariance)
    {
        Guard.MinLength(exposures.Length, 1, nameof(exposures), "exposures");
        Guard.Finite(exposures, nameof(exposures));
        Guard.Covariance(covariance, nameof(covariance), exposures.Length);
    }
}
