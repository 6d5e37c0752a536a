using LowLatency.Model.Instruments;
using LowLatency.Quant.Greeks;

namespace LowLatency.Quant.Analytics.Snapshots;

/// <summary>
/// Full revaluation through the Greeks closed forms (<see cref="OptionPricer"/>, <see cref="GreeksKernel"/>):
/// generalised Black–Scholes–Merton with the cost of carry of <see cref="OptionTerms"/> passed as dividend
/// yield q = r − b, so b = 0 is Black-76 and b = r − q an equity or index option. <see cref="PriceMany"/>
/// runs the SIMD greeks kernel over a block of scenarios (the option's terms broadcast, the underlying
/// varying), which is what the VaR engines call; the kernel also produces greeks the engines discard,
/// still several times cheaper per price than the scalar closed form.
/// </summary>
public readonly struct BlackScholesPricer : IOptionPricer
{
    /// <summary>Scenarios priced per kernel call; the scratch lives on the stack (13 × 256 doubles ≈ 26 KB).</summary>
    private const int Chunk = 256;

    public double Price(in OptionTerms terms, double underlying) =>
        OptionPricer.Price(terms.Right, PricingModel.BlackScholesMerton, underlying, terms.Strike, terms.TimeToExpiry, terms.Volatility, terms.Rate, terms.Rate - terms.CostOfCarry);

    public void PriceMany(in OptionTerms terms, ReadOnlySpan<double> underlyings, Span<double> prices)
    {
        if (prices.Length < underlyings.Length)
        {
            Core.ThrowHelper.ThrowArgument(nameof(prices), "prices must be at least as long as underlyings");
        }

        int first = Math.Min(Chunk, underlyings.Length);
        Span<double> strike = stackalloc double[first];
        Span<double> time = stackalloc double[first];
        Span<double> vol = stackalloc double[first];
        Span<double> rate = stackalloc double[first];
        Span<double> yield = stackalloc double[first];
        Span<double> sign = stackalloc double[first];
        Span<double> black76 = stackalloc double[first];
        Span<double> delta = stackalloc double[first];
        Span<double> gamma = stackalloc double[first];
        Span<double> vega = stackalloc double[first];
        Span<double> theta = stackalloc double[first];
        Span<double> rho = stackalloc double[first];
        strike.Fill(terms.Strike);
        time.Fill(terms.TimeToExpiry);
        vol.Fill(terms.Volatility);
        rate.Fill(terms.Rate);
        yield.Fill(terms.Rate - terms.CostOfCarry);
        sign.Fill(terms.Right == OptionRight.Put ? -1.0 : 1.0);
        black76.Clear();

        for (int start = 0; start < underlyings.Length; start += Chunk)
        {
            int n = Math.Min(Chunk, underlyings.Length - start);
            var input = new OptionBatch(underlyings.Slice(start, n), strike[..n], time[..n], vol[..n], rate[..n], yield[..n], sign[..n], black76[..n]);
            var output = new GreeksBatch(prices.Slice(start, n), delta[..n], gamma[..n], vega[..n], theta[..n], rho[..n]);
            GreeksKernel.Compute(input, output);
        }
    }
}
