using LowLatency.Core;
using LowLatency.Core.Ids;

namespace LowLatency.Rebalancing.Backtest;

/// <summary>
/// Aligned price paths of one or more underlyings: step k happens at <see cref="TimeAt"/>(k) (UTC ns, strictly
/// increasing) and every underlying ticks once per step, in the order given. Input of <see cref="BacktestRunner"/>.
/// </summary>
public sealed class PricePaths
{
    private readonly InstrumentId[] _underlyings;
    private readonly long[] _times;
    private readonly double[][] _prices;

    public PricePaths(IReadOnlyList<InstrumentId> underlyings, long[] timesUtcNs, double[][] prices)
    {
        ArgumentNullException.ThrowIfNull(underlyings);
        ArgumentNullException.ThrowIfNull(timesUtcNs);
        ArgumentNullException.ThrowIfNull(prices);
        if (underlyings.Count == 0 || prices.Length != underlyings.Count)
        {
            ThrowHelper.ThrowArgument(nameof(prices), "one price series per underlying, at least one underlying");
        }

        for (int k = 1; k < timesUtcNs.Length; k++)
        {
            if (timesUtcNs[k] <= timesUtcNs[k - 1])
            {
                ThrowHelper.ThrowArgument(nameof(timesUtcNs), $"times must increase strictly (step {k})");
            }
        }

        foreach (double[] series in prices)
        {
            if (series is null || series.Length != timesUtcNs.Length)
            {
                ThrowHelper.ThrowArgument(nameof(prices), "every series has one price per time");
            }
        }

        _underlyings = [.. underlyings];
        _times = timesUtcNs;
        _prices = prices;
    }

    public int Steps => _times.Length;

    public int UnderlyingCount => _underlyings.Length;

    public InstrumentId Underlying(int index) => _underlyings[index];

    public long TimeAt(int step) => _times[step];

    public double PriceAt(int underlying, int step) => _prices[underlying][step];

    /// <summary>One series, read-only (tests and reports).</summary>
    public ReadOnlySpan<double> Series(int underlying) => _prices[underlying];

    /// <summary>Evenly spaced times from <paramref name="startUtcNs"/>.</summary>
    public static long[] EvenTimes(long startUtcNs, TimeSpan step, int count)
    {
        var times = new long[count];
        for (int k = 0; k < count; k++)
        {
            times[k] = startUtcNs + k * (step.Ticks * 100);
        }

        return times;
    }
}
