using LowLatency.Quant.Analytics.Snapshots;

namespace LowLatency.Quant.Tests.Analytics.VaR;

/// <summary>
/// Closed-form stand-ins for an option pricer, chosen so expected VaR can be derived by hand. (The
/// production Black–Scholes pricer comes from the Greeks work; these test the engines, not a model.)
/// </summary>
internal readonly struct IntrinsicPricer : IOptionPricer
{
    public double Price(in OptionTerms terms, double underlying) => terms.Intrinsic(underlying);

    public void PriceMany(in OptionTerms terms, ReadOnlySpan<double> underlyings, Span<double> prices) => PricerLoop.Each(this, terms, underlyings, prices);
}

/// <summary>Intrinsic plus a time value of <c>Strike × TimeToExpiry / 10</c>: loses value linearly as the option ages.</summary>
internal readonly struct TimeValuePricer : IOptionPricer
{
    public double Price(in OptionTerms terms, double underlying) => terms.Intrinsic(underlying) + (terms.Strike * terms.TimeToExpiry / 10.0);

    public void PriceMany(in OptionTerms terms, ReadOnlySpan<double> underlyings, Span<double> prices) => PricerLoop.Each(this, terms, underlyings, prices);
}

/// <summary>A "power" contract worth S²/Strike: its P&amp;L in a return r is exactly δr + ½γr² with δ = γ = 2S²/K.</summary>
internal readonly struct SquarePricer : IOptionPricer
{
    public double Price(in OptionTerms terms, double underlying) => underlying * underlying / terms.Strike;

    public void PriceMany(in OptionTerms terms, ReadOnlySpan<double> underlyings, Span<double> prices) => PricerLoop.Each(this, terms, underlyings, prices);
}

internal static class PricerLoop
{
    public static void Each<T>(T pricer, in OptionTerms terms, ReadOnlySpan<double> underlyings, Span<double> prices)
        where T : struct, IOptionPricer
    {
        Assert.Equal(underlyings.Length, prices.Length);
        for (int i = 0; i < underlyings.Length; i++)
        {
            prices[i] = pricer.Price(terms, underlyings[i]);
        }
    }
}
