using System.Runtime.CompilerServices;

namespace LowLatency.Quant.Analytics.Snapshots;

/// <summary>Shared revaluation step: expired options at intrinsic, live ones through the pricer.</summary>
internal static class Revaluation
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Value<TPricer>(ref TPricer pricer, in OptionTerms terms, double underlying)
        where TPricer : struct, IOptionPricer =>
        terms.TimeToExpiry > 0.0 ? pricer.Price(terms, underlying) : terms.Intrinsic(underlying);
}
