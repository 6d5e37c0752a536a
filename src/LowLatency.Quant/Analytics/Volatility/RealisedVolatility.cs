namespace LowLatency.Quant.Analytics.Volatility;

/// <summary>
/// Close-to-close realised volatility of a return series, per period and annualised. Annualisation is
/// always explicit (periods per year) because a silent 252 is the most common unit bug in risk code.
/// </summary>
public static class RealisedVolatility
{
    /// <summary>
    /// Standard deviation of <paramref name="returns"/> per period. <paramref name="demean"/> = true uses the
    /// sample mean and the n − 1 denominator; false uses the zero-mean convention (√(Σr²/n)) common for
    /// daily returns, where the mean is noise.
    /// </summary>
    public static double PerPeriod(ReadOnlySpan<double> returns, bool demean = true)
    {
        Guard.MinLength(returns.Length, 2, nameof(returns), "returns");
        Guard.Finite(returns, nameof(returns));
        if (demean)
        {
            return Math.Sqrt(ReturnSeries.SampleVariance(returns, out _));
        }

        double ss = 0.0;
        for (int i = 0; i < returns.Length; i++)
        {
            ss += returns[i] * returns[i];
        }

        return Math.Sqrt(ss / returns.Length);
    }

    /// <summary>Per-period volatility scaled by √<paramref name="periodsPerYear"/> (e.g. 252 trading days).</summary>
    public static double Annualised(ReadOnlySpan<double> returns, double periodsPerYear, bool demean = true)
    {
        Guard.Positive(periodsPerYear, nameof(periodsPerYear));
        return PerPeriod(returns, demean) * Math.Sqrt(periodsPerYear);
    }

    /// <summary>√(periodsPerYear) scaling of a per-period volatility (square-root-of-time rule, i.i.d. returns).</summary>
    public static double Annualise(double perPeriodVolatility, double periodsPerYear)
    {
        Guard.NonNegative(perPeriodVolatility, nameof(perPeriodVolatility));
        Guard.Positive(periodsPerYear, nameof(periodsPerYear));
        return perPeriodVolatility * Math.Sqrt(periodsPerYear);
    }
}
