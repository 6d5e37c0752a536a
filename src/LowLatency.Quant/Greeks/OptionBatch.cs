using LowLatency.Core;

namespace LowLatency.Quant.Greeks;

/// <summary>
/// Struct-of-arrays inputs of the greeks kernel: element i of every span describes option i. Spans, not
/// arrays, so callers can pass slices of their own preallocated state without copying (STYLE #7).
/// </summary>
public readonly ref struct OptionBatch
{
    /// <summary>Wraps the input spans; all must have the same length.</summary>
    /// <param name="underlying">Spot S (BSM) or futures price F (Black-76).</param>
    /// <param name="strike">Strike K.</param>
    /// <param name="timeYears">Time to expiry T in years, ≥ 0.</param>
    /// <param name="volatility">Annualised volatility σ, ≥ 0.</param>
    /// <param name="rate">Continuously compounded risk-free rate r.</param>
    /// <param name="dividendYield">Continuous dividend / foreign-rate yield q (ignored for Black-76).</param>
    /// <param name="sign">+1.0 for a call, −1.0 for a put.</param>
    /// <param name="black76">1.0 for Black-76 (option on a future), 0.0 for BSM (option on spot).</param>
    public OptionBatch(
        ReadOnlySpan<double> underlying,
        ReadOnlySpan<double> strike,
        ReadOnlySpan<double> timeYears,
        ReadOnlySpan<double> volatility,
        ReadOnlySpan<double> rate,
        ReadOnlySpan<double> dividendYield,
        ReadOnlySpan<double> sign,
        ReadOnlySpan<double> black76)
    {
        int n = underlying.Length;
        if (strike.Length != n || timeYears.Length != n || volatility.Length != n || rate.Length != n
            || dividendYield.Length != n || sign.Length != n || black76.Length != n)
        {
            ThrowHelper.ThrowArgument(nameof(underlying), "all input spans must have the same length");
        }

        Underlying = underlying;
        Strike = strike;
        TimeYears = timeYears;
        Volatility = volatility;
        Rate = rate;
        DividendYield = dividendYield;
        Sign = sign;
        Black76 = black76;
    }

    public ReadOnlySpan<double> Underlying { get; }

    public ReadOnlySpan<double> Strike { get; }

    public ReadOnlySpan<double> TimeYears { get; }

    public ReadOnlySpan<double> Volatility { get; }

    public ReadOnlySpan<double> Rate { get; }

    public ReadOnlySpan<double> DividendYield { get; }

    public ReadOnlySpan<double> Sign { get; }

    public ReadOnlySpan<double> Black76 { get; }

    /// <summary>Number of options.</summary>
    public int Length => Underlying.Length;
}
