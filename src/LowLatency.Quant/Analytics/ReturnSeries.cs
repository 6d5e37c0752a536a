namespace LowLatency.Quant.Analytics;

/// <summary>
/// Turns price levels into returns and computes the moments every estimator here shares, on spans so a
/// caller can reuse buffers. Simple returns are what VaR scenarios apply (S' = S·(1+r)); log returns
/// are what volatility models usually fit.
/// </summary>
public static class ReturnSeries
{
    /// <summary>r_t = P_t / P_{t−1} − 1 into <paramref name="destination"/> (length = prices − 1).</summary>
    public static void SimpleReturns(ReadOnlySpan<double> prices, Span<double> destination)
    {
        CheckPrices(prices, destination);
        for (int t = 1; t < prices.Length; t++)
        {
            destination[t - 1] = prices[t] / prices[t - 1] - 1.0;
        }
    }

    /// <summary>r_t = ln(P_t / P_{t−1}) into <paramref name="destination"/> (length = prices − 1).</summary>
    public static void LogReturns(ReadOnlySpan<double> prices, Span<double> destination)
    {
        CheckPrices(prices, destination);
        for (int t = 1; t < prices.Length; t++)
        {
            destination[t - 1] = Math.Log(prices[t] / prices[t - 1]);
        }
    }

    /// <summary>Arithmetic mean; the caller has validated the span.</summary>
    internal static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0.0;
        for (int i = 0; i < values.Length; i++)
        {
            sum += values[i];
        }

        return sum / values.Length;
    }

    /// <summary>Sample variance with the n − 1 (Bessel) denominator around the sample mean.</summary>
    internal static double SampleVariance(ReadOnlySpan<double> values, out double mean)
    {
        mean = Mean(values);
        double ss = 0.0;
        for (int i = 0; i < values.Length; i++)
        {
            double d = values[i] - mean;
            ss += d * d;
        }

        return ss / (values.Length - 1);
    }

    private static void CheckPrices(ReadOnlySpan<double> prices, Span<double> destination)
    {
        Guard.MinLength(prices.Length, 2, nameof(prices), "prices");
        Guard.SameLength(destination.Length, prices.Length - 1, nameof(destination), "prices − 1");
        for (int i = 0; i < prices.Length; i++)
        {
            if (!(prices[i] > 0.0) || !double.IsFinite(prices[i]))
            {
                Guard.Fail(nameof(prices), $"prices[{i}] is {Guard.Format(prices[i])}; prices must be finite and > 0");
            }
        }
    }
}
