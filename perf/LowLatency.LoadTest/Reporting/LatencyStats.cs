using HdrHistogram;
using LowLatency.Server.Metrics;

namespace LowLatency.LoadTest.Reporting;

/// <summary>Percentiles of one latency series in nanoseconds; −1 where the source does not provide the figure.</summary>
public sealed record LatencyStats(long Count, long P50, long P90, long P99, long P999, long P9999, long Max, double Mean)
{
    public static readonly LatencyStats Empty = new(0, -1, -1, -1, -1, -1, -1, double.NaN);

    public static LatencyStats From(HistogramBase histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        return histogram.TotalCount == 0 ? Empty : new LatencyStats(
            histogram.TotalCount,
            histogram.GetValueAtPercentile(50),
            histogram.GetValueAtPercentile(90),
            histogram.GetValueAtPercentile(99),
            histogram.GetValueAtPercentile(99.9),
            histogram.GetValueAtPercentile(99.99),
            histogram.GetMaxValue(),
            histogram.GetMean());
    }

    /// <summary>From the server's <see cref="LatencySummary"/> (it carries p50, p99, p99.9 and max only).</summary>
    public static LatencyStats From(LatencySummary s) =>
        s.Count == 0 ? Empty : new LatencyStats(s.Count, s.P50, -1, s.P99, s.P999, -1, s.Max, double.NaN);

    /// <summary>The value at one of the reported percentiles (50, 90, 99, 99.9, 99.99, 100 = max); −1 when unknown.</summary>
    public long At(double percentile) => percentile switch
    {
        50 => P50,
        90 => P90,
        99 => P99,
        99.9 => P999,
        99.99 => P9999,
        100 => Max,
        _ => throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "reported percentiles: 50, 90, 99, 99.9, 99.99, 100"),
    };
}
