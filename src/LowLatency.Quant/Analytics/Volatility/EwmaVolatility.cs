namespace LowLatency.Quant.Analytics.Volatility;

/// <summary>
/// RiskMetrics exponentially weighted variance (J.P. Morgan/Reuters, RiskMetrics Technical Document,
/// 4th ed. 1996, §5.2.1): σ²_{t+1|t} = λ·σ²_{t|t−1} + (1 − λ)·r²_t, zero mean, λ = 0.94 for daily data.
/// A small mutable estimator fed one return at a time (streaming), plus a batch helper.
/// </summary>
public sealed class EwmaVolatility
{
    /// <summary>The RiskMetrics daily decay factor.</summary>
    public const double RiskMetricsDailyLambda = 0.94;

    private readonly double _lambda;
    private double _variance;
    private long _count;

    /// <summary>
    /// Starts from <paramref name="seedVariance"/> when given; otherwise the first return's square
    /// seeds the recursion (σ²₂ = r²₁, Hull's convention), so early estimates are noisy until about
    /// <see cref="EffectiveWindow"/> returns have been seen.
    /// </summary>
    public EwmaVolatility(double lambda = RiskMetricsDailyLambda, double? seedVariance = null)
    {
        Guard.Lambda(lambda);
        if (seedVariance is { } seed)
        {
            Guard.NonNegative(seed, nameof(seedVariance));
            _variance = seed;
            _count = 1;
        }

        _lambda = lambda;
    }

    public double Lambda => _lambda;

    /// <summary>Returns observed (counting a seed as one).</summary>
    public long Count => _count;

    /// <summary>Variance forecast for the next period (σ²_{t+1|t}); NaN before any data.</summary>
    public double Variance => _count == 0 ? double.NaN : _variance;

    /// <summary>Volatility forecast for the next period.</summary>
    public double Volatility => Math.Sqrt(Variance);

    /// <summary>Folds in one return (a non-finite return is refused, the state is untouched).</summary>
    public void Update(double r)
    {
        Guard.Finite(r, nameof(r));
        _variance = _count == 0 ? r * r : _lambda * _variance + (1.0 - _lambda) * r * r;
        _count++;
    }

    /// <summary>The next-period variance after the whole series (batch form of <see cref="Update"/>).</summary>
    public static double Estimate(ReadOnlySpan<double> returns, double lambda = RiskMetricsDailyLambda, double? seedVariance = null)
    {
        Guard.MinLength(returns.Length, 1, nameof(returns), "returns");
        Guard.Finite(returns, nameof(returns));
        var ewma = new EwmaVolatility(lambda, seedVariance);
        for (int i = 0; i < returns.Length; i++)
        {
            ewma.Update(returns[i]);
        }

        return ewma.Variance;
    }

    /// <summary>
    /// Number of observations that carry all but <paramref name="tolerance"/> of the total weight:
    /// ln(tolerance)/ln(λ) (RiskMetrics TD §5.2.2; ≈ 74 days for λ = 0.94 at 1 %).
    /// </summary>
    public static double EffectiveWindow(double lambda = RiskMetricsDailyLambda, double tolerance = 0.01)
    {
        Guard.Lambda(lambda);
        if (!(tolerance > 0.0 && tolerance < 1.0))
        {
            Guard.Fail(nameof(tolerance), $"tolerance must lie strictly between 0 and 1 but was {Guard.Format(tolerance)}");
        }

        return Math.Log(tolerance) / Math.Log(lambda);
    }
}
