namespace LowLatency.Quant.Analytics.Snapshots;

/// <summary>
/// The revaluation hook of the full-revaluation VaR engines: the price of one option unit given its terms
/// and an underlying level. Engines take it as a struct generic parameter
/// (<c>where TPricer : struct, IOptionPricer</c>) so calls are specialised and inlined in the scenario
/// loops, with no delegate and no virtual dispatch. Called with TimeToExpiry &gt; 0 only (the engines value
/// expired options at intrinsic themselves); must be pure and thread-safe.
/// </summary>
public interface IOptionPricer
{
    /// <summary>Price of one unit of the option with the underlying at <paramref name="underlying"/>.</summary>
    double Price(in OptionTerms terms, double underlying);

    /// <summary>
    /// Prices the same option at many underlying levels (one block of scenarios): prices[i] for
    /// underlyings[i]. The engines spend most of their time here, so an implementation should hoist what does
    /// not depend on the level (√T, discount factors) and vectorise across the span; a plain loop over
    /// <see cref="Price"/> is correct.
    /// </summary>
    void PriceMany(in OptionTerms terms, ReadOnlySpan<double> underlyings, Span<double> prices);
}
