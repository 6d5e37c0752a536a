namespace LowLatency.Quant.Analytics.Snapshots;

/// <summary>
/// The revaluation hook of the full-revaluation VaR engines: the price of one option unit given its terms
/// and an underlying level. Engines take it as a struct generic parameter
/// (<c>where TPricer : struct, IOptionPricer</c>) so the call is specialised and inlined in the scenario
/// loop, with no delegate and no virtual dispatch. Called with TimeToExpiry &gt; 0 only (the engines value
/// expired options at intrinsic themselves); must be pure and thread-safe.
/// </summary>
public interface IOptionPricer
{
    double Price(in OptionTerms terms, double underlying);
}
