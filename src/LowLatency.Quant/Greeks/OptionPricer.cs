using System.Runtime.CompilerServices;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Numerics;

namespace LowLatency.Quant.Greeks;

/// <summary>
/// Scalar closed-form pricer for one European option (BSM with dividend yield, or Black-76): the
/// reference the SIMD kernel is tested against, and the full-revaluation call for VaR and scenarios.
/// </summary>
/// <remarks>
/// Generalised form with carry b (b = r − q for BSM, b = 0 for Black-76), w = +1 call / −1 put,
/// v = σ√T, d1 = (ln(S/K) + bT)/v + v/2, d2 = d1 − v:
/// V = w·(S·e^((b−r)T)·Φ(w·d1) − K·e^(−rT)·Φ(w·d2)).
/// Degenerate region: when v &lt; <see cref="MinTotalVolatility"/> (expiry, zero vol) v is floored there,
/// which sends Φ(w·d) to exactly 0 or 1 (or ½ at the money): the price is the discounted intrinsic value of
/// the forward, delta a step, and gamma and the volatility part of theta — a Dirac mass and an infinity in
/// the limit — are reported as 0. Every output is finite for inputs that pass <see cref="RiskLimits.CheckOption"/>;
/// the unchecked methods assume that check was made (NaN in gives NaN out).
/// </remarks>
public static class OptionPricer
{
    /// <summary>Total volatility σ√T below which the option is treated as deterministic (see remarks).</summary>
    public const double MinTotalVolatility = 1e-12;

    /// <summary>Price of one option on one unit of underlying; inputs assumed valid.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Price(OptionRight right, PricingModel model, double underlying, double strike, double timeYears, double volatility, double rate, double dividendYield = 0) =>
        Greeks(right, model, underlying, strike, timeYears, volatility, rate, dividendYield).Price;

    /// <summary>Price and greeks with the inputs checked first; on refusal <paramref name="greeks"/> is default.</summary>
    public static RiskInputError TryGreeks(OptionRight right, PricingModel model, double underlying, double strike, double timeYears, double volatility, double rate, double dividendYield, out OptionGreeks greeks)
    {
        RiskInputError error = RiskLimits.CheckOption(underlying, strike, timeYears, volatility, rate, dividendYield);
        greeks = error == RiskInputError.None ? Greeks(right, model, underlying, strike, timeYears, volatility, rate, dividendYield) : default;
        return error;
    }

    /// <summary>Price and greeks of one option on one unit of underlying; inputs assumed valid (see remarks).</summary>
    public static OptionGreeks Greeks(OptionRight right, PricingModel model, double underlying, double strike, double timeYears, double volatility, double rate, double dividendYield = 0)
    {
        double w = right == OptionRight.Put ? -1.0 : 1.0;
        bool black76 = model == PricingModel.Black76;
        double carry = black76 ? 0.0 : rate - dividendYield;

        double sqrtT = Math.Sqrt(timeYears);
        double v = volatility * sqrtT;
        bool degenerate = v < MinTotalVolatility;
        double vs = Math.Max(v, MinTotalVolatility);
        double dfr = Math.Exp(-rate * timeYears);
        double dfq = Math.Exp((carry - rate) * timeYears);
        double lnForwardOverStrike = Math.FusedMultiplyAdd(carry, timeYears, Math.Log(underlying / strike));
        double d1 = lnForwardOverStrike / vs + 0.5 * vs;
        double d2 = d1 - vs;
        double nd1 = NormalDistribution.Cdf(w * d1);
        double nd2 = NormalDistribution.Cdf(w * d2);
        double pdf = NormalDistribution.Pdf(d1);

        double sDfq = underlying * dfq;
        double kDfr = strike * dfr;
        double sTerm = sDfq * nd1;
        double kTerm = kDfr * nd2;
        double price = Math.Max(w * (sTerm - kTerm), 0.0);
        double delta = w * dfq * nd1;
        double sPdf = sDfq * pdf;
        double gamma = degenerate ? 0.0 : sPdf / (underlying * underlying * vs);
        double vega = sPdf * sqrtT;
        // σ/(2√T) written as σ²/(2v) so T = 0 needs no special case outside the degenerate flag.
        double volTheta = degenerate ? 0.0 : sPdf * volatility * volatility / (2.0 * vs);
        double theta = -volTheta - w * ((carry - rate) * sTerm + rate * kTerm);
        double rho = black76 ? -timeYears * price : w * timeYears * kTerm;
        return new OptionGreeks(price, delta, gamma, vega, theta, rho);
    }
}
