namespace LowLatency.Quant.Analytics.Performance;

/// <summary>
/// Risk-adjusted performance of a per-period return series: Sharpe, Sortino, Calmar, information ratio and
/// maximum drawdown. Annualisation is always an explicit <c>periodsPerYear</c> (252 trading days, 52 weeks,
/// 12 months): ratios scale by √periodsPerYear, returns compound to (Π(1 + r))^{periodsPerYear/n} − 1.
/// Risk-free and target rates are per period, like the returns.
/// </summary>
public static class RiskAdjustedReturns
{
    /// <summary>Sharpe (1994): mean excess return over its sample standard deviation, × √periodsPerYear.</summary>
    public static double Sharpe(ReadOnlySpan<double> returns, double periodsPerYear, double riskFreePerPeriod = 0.0)
    {
        Check(returns, periodsPerYear, 2);
        Guard.Finite(riskFreePerPeriod, nameof(riskFreePerPeriod));
        double mean = ReturnSeries.Mean(returns) - riskFreePerPeriod;
        double sd = Math.Sqrt(ReturnSeries.SampleVariance(returns, out _));
        if (!(sd > 0.0))
        {
            Guard.Fail(nameof(returns), "returns have zero variance; the Sharpe ratio is undefined");
        }

        return mean / sd * Math.Sqrt(periodsPerYear);
    }

    /// <summary>
    /// Sortino &amp; Price (1994): (mean − target) over the downside deviation √(Σ min(r − target, 0)² / n)
    /// (all n periods in the denominator), × √periodsPerYear. +∞ when no period fell below the target.
    /// </summary>
    public static double Sortino(ReadOnlySpan<double> returns, double periodsPerYear, double targetPerPeriod = 0.0)
    {
        Check(returns, periodsPerYear, 2);
        Guard.Finite(targetPerPeriod, nameof(targetPerPeriod));
        double mean = ReturnSeries.Mean(returns) - targetPerPeriod;
        double downside = 0.0;
        for (int i = 0; i < returns.Length; i++)
        {
            double shortfall = Math.Min(returns[i] - targetPerPeriod, 0.0);
            downside += shortfall * shortfall;
        }

        downside = Math.Sqrt(downside / returns.Length);
        return downside > 0.0 ? mean / downside * Math.Sqrt(periodsPerYear) : double.PositiveInfinity;
    }

    /// <summary>Information ratio: mean active return (r − benchmark) over the tracking error, × √periodsPerYear.</summary>
    public static double InformationRatio(ReadOnlySpan<double> returns, ReadOnlySpan<double> benchmark, double periodsPerYear)
    {
        Check(returns, periodsPerYear, 2);
        Guard.SameLength(benchmark.Length, returns.Length, nameof(benchmark), "returns");
        Guard.Finite(benchmark, nameof(benchmark));
        double[] active = new double[returns.Length];
        for (int i = 0; i < active.Length; i++)
        {
            active[i] = returns[i] - benchmark[i];
        }

        double trackingError = Math.Sqrt(ReturnSeries.SampleVariance(active, out double mean));
        if (!(trackingError > 0.0))
        {
            Guard.Fail(nameof(benchmark), "the active return has zero variance (zero tracking error); the information ratio is undefined");
        }

        return mean / trackingError * Math.Sqrt(periodsPerYear);
    }

    /// <summary>Compound annual growth rate (Π(1 + r))^{periodsPerYear/n} − 1.</summary>
    public static double AnnualisedReturn(ReadOnlySpan<double> returns, double periodsPerYear)
    {
        Check(returns, periodsPerYear, 1);
        double logWealth = 0.0;
        for (int i = 0; i < returns.Length; i++)
        {
            if (!(returns[i] > -1.0))
            {
                Guard.Fail(nameof(returns), $"returns[{i}] is {Guard.Format(returns[i])}; a loss of 100 % or more ends the series");
            }

            logWealth += double.LogP1(returns[i]);
        }

        return Math.Exp(logWealth * periodsPerYear / returns.Length) - 1.0;
    }

    /// <summary>Maximum drawdown of the wealth curve W₀ = 1, W_t = Π_{s≤t}(1 + r_s).</summary>
    public static DrawdownResult MaxDrawdown(ReadOnlySpan<double> returns)
    {
        Guard.MinLength(returns.Length, 1, nameof(returns), "returns");
        Guard.Finite(returns, nameof(returns));
        double[] wealth = new double[returns.Length + 1];
        wealth[0] = 1.0;
        for (int i = 0; i < returns.Length; i++)
        {
            wealth[i + 1] = wealth[i] * (1.0 + returns[i]);
        }

        return MaxDrawdownOfEquity(wealth);
    }

    /// <summary>Maximum drawdown of an equity curve (strictly positive values, e.g. account equity).</summary>
    public static DrawdownResult MaxDrawdownOfEquity(ReadOnlySpan<double> equity)
    {
        Guard.MinLength(equity.Length, 1, nameof(equity), "points");
        Guard.Finite(equity, nameof(equity));
        for (int i = 0; i < equity.Length; i++)
        {
            if (!(equity[i] > 0.0))
            {
                Guard.Fail(nameof(equity), $"equity[{i}] is {Guard.Format(equity[i])}; drawdowns are fractions of a positive peak");
            }
        }

        int peak = 0, bestPeak = 0, bestTrough = 0;
        double worst = 0.0;
        for (int i = 1; i < equity.Length; i++)
        {
            if (equity[i] > equity[peak])
            {
                peak = i;
                continue;
            }

            double dd = 1.0 - (equity[i] / equity[peak]);
            if (dd > worst)
            {
                worst = dd;
                bestPeak = peak;
                bestTrough = i;
            }
        }

        int recovery = -1;
        if (worst > 0.0)
        {
            for (int i = bestTrough + 1; i < equity.Length; i++)
            {
                if (equity[i] >= equity[bestPeak])
                {
                    recovery = i;
                    break;
                }
            }
        }

        return new DrawdownResult(worst, bestPeak, bestTrough, recovery);
    }

    /// <summary>Calmar (Young 1991): annualised return over maximum drawdown, over the whole series given (pass the last 36 months for the classic definition).</summary>
    public static double Calmar(ReadOnlySpan<double> returns, double periodsPerYear)
    {
        double annual = AnnualisedReturn(returns, periodsPerYear);
        double mdd = MaxDrawdown(returns).MaxDrawdown;
        if (!(mdd > 0.0))
        {
            Guard.Fail(nameof(returns), "the series never drew down; the Calmar ratio is undefined");
        }

        return annual / mdd;
    }

    private static void Check(ReadOnlySpan<double> returns, double periodsPerYear, int minLength)
    {
        Guard.MinLength(returns.Length, minLength, nameof(returns), "returns");
        Guard.Finite(returns, nameof(returns));
        Guard.Positive(periodsPerYear, nameof(periodsPerYear));
    }
}
