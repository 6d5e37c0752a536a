using LowLatency.Quant.Analytics.Snapshots;

namespace LowLatency.Benchmarks.Analytics;

/// <summary>
/// A stand-in revaluation with the arithmetic profile of a closed-form option price (one log, one sqrt,
/// two exponentials, two tanh-based CDF approximations) so the Monte Carlo benchmark measures the engine
/// with a realistic per-option cost until the Greeks pricer is wired in. It is NOT an option model.
/// </summary>
internal readonly struct StandInPricer : IOptionPricer
{
    public double Price(in OptionTerms terms, double underlying)
    {
        double v = terms.Volatility * Math.Sqrt(terms.TimeToExpiry);
        double m = Math.Log(underlying / terms.Strike) / v;
        double a = 0.5 * (1.0 + Math.Tanh(0.8 * (m + (0.5 * v))));
        double b = 0.5 * (1.0 + Math.Tanh(0.8 * (m - (0.5 * v))));
        double carry = Math.Exp((terms.CostOfCarry - terms.Rate) * terms.TimeToExpiry);
        double discount = Math.Exp(-terms.Rate * terms.TimeToExpiry);
        return Math.Max((underlying * carry * a) - (terms.Strike * discount * b), 0.0);
    }

    /// <summary>Per-option constants hoisted out of the scenario loop, as a real batch pricer would.</summary>
    public void PriceMany(in OptionTerms terms, ReadOnlySpan<double> underlyings, Span<double> prices)
    {
        double v = terms.Volatility * Math.Sqrt(terms.TimeToExpiry);
        double inverseV = 1.0 / v;
        double carry = Math.Exp((terms.CostOfCarry - terms.Rate) * terms.TimeToExpiry);
        double strikeDiscounted = terms.Strike * Math.Exp(-terms.Rate * terms.TimeToExpiry);
        double inverseStrike = 1.0 / terms.Strike;
        for (int i = 0; i < underlyings.Length && i < prices.Length; i++)
        {
            double s = underlyings[i];
            double m = Math.Log(s * inverseStrike) * inverseV;
            double a = 0.5 * (1.0 + Math.Tanh(0.8 * (m + (0.5 * v))));
            double b = 0.5 * (1.0 + Math.Tanh(0.8 * (m - (0.5 * v))));
            prices[i] = Math.Max((s * carry * a) - (strikeDiscounted * b), 0.0);
        }
    }
}
