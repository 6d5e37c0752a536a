using LowLatency.Model.Instruments;

namespace LowLatency.Quant.Greeks;

/// <summary>
/// Implied volatility of one European option: safeguarded Newton (vega steps) inside a bracket that
/// shrinks with every evaluation, bisecting whenever a Newton step would leave the bracket or vega is tiny.
/// </summary>
/// <remarks>
/// The start is the inflection point of V(σ), σ₀ = √(2|ln(F/K)|/T) (Manaster–Koehler): from there Newton
/// on the convex-then-concave price curve converges monotonically, so the fallback is for extreme inputs.
/// Prices below the discounted intrinsic value fail clearly with <see cref="ImpliedVolatilityStatus.BelowIntrinsic"/>;
/// a price equal to it (within tolerance) gives σ = 0. Tolerance: |V(σ) − target| ≤ 1e-13·max(S·e^((b−r)T), K·e^(−rT))
/// (the precision the price itself has) or a bracket narrower than 1e-15·σ. Cold path (allocation free, not SIMD).
/// </remarks>
public static class ImpliedVolatility
{
    private const int MaxIterations = 200;

    /// <summary>Solves V(σ) = <paramref name="targetPrice"/> for σ.</summary>
    public static ImpliedVolatilityStatus Solve(
        OptionRight right, PricingModel model, double underlying, double strike, double timeYears, double rate, double dividendYield,
        double targetPrice, out double volatility)
    {
        volatility = double.NaN;
        if (RiskLimits.CheckOption(underlying, strike, timeYears, 0.0, rate, dividendYield) != RiskInputError.None
            || !double.IsFinite(targetPrice) || targetPrice < 0)
        {
            return ImpliedVolatilityStatus.InvalidInput;
        }

        double w = right == OptionRight.Put ? -1.0 : 1.0;
        double carry = model == PricingModel.Black76 ? 0.0 : rate - dividendYield;
        double sDfq = underlying * Math.Exp((carry - rate) * timeYears);
        double kDfr = strike * Math.Exp(-rate * timeYears);
        double lower = Math.Max(w * (sDfq - kDfr), 0.0);
        double upper = w > 0 ? sDfq : kDfr;
        double tolerance = 1e-13 * Math.Max(sDfq, kDfr);

        if (targetPrice < lower - tolerance)
        {
            return ImpliedVolatilityStatus.BelowIntrinsic;
        }

        if (targetPrice <= lower + tolerance)
        {
            volatility = 0.0;
            return ImpliedVolatilityStatus.Converged;
        }

        if (timeYears == 0)
        {
            return ImpliedVolatilityStatus.NoTimeValue;
        }

        if (targetPrice >= upper)
        {
            return ImpliedVolatilityStatus.AboveUpperBound;
        }

        // Bracket [lo, hi] with V(lo) < target < V(hi); V is increasing in σ.
        double lo = 0.0;
        double hi = RiskLimits.MaxVolatility;
        if (OptionPricer.Price(right, model, underlying, strike, timeYears, hi, rate, dividendYield) < targetPrice - tolerance)
        {
            return ImpliedVolatilityStatus.VolatilityOutOfRange;
        }

        double sqrtT = Math.Sqrt(timeYears);
        double logMoneyness = Math.Abs(Math.Log(underlying / strike) + carry * timeYears);
        double sigma = Math.Sqrt(2.0 * logMoneyness / timeYears);
        if (!(sigma > 0.01 && sigma < hi))
        {
            // At the money the inflection point is 0: start from the Brenner–Subrahmanyam estimate instead.
            sigma = Math.Clamp(targetPrice / (0.4 * Math.Sqrt(sDfq * kDfr) * sqrtT), 0.01, hi * 0.5);
        }

        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            OptionGreeks g = OptionPricer.Greeks(right, model, underlying, strike, timeYears, sigma, rate, dividendYield);
            double diff = g.Price - targetPrice;
            if (Math.Abs(diff) <= tolerance)
            {
                volatility = sigma;
                return ImpliedVolatilityStatus.Converged;
            }

            if (diff < 0)
            {
                lo = sigma;
            }
            else
            {
                hi = sigma;
            }

            double next = sigma - diff / g.Vega;
            if (!(next > lo && next < hi))
            {
                next = 0.5 * (lo + hi);
            }

            if (hi - lo <= 1e-15 * hi)
            {
                volatility = next;
                return ImpliedVolatilityStatus.Converged;
            }

            sigma = next;
        }

        return ImpliedVolatilityStatus.NotConverged;
    }
}
