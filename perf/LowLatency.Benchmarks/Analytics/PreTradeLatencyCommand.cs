using System.Diagnostics;
using HdrHistogram;
using LowLatency.Quant.Analytics.VaR;

namespace LowLatency.Benchmarks.Analytics;

/// <summary>
/// Latency percentiles of the pre-trade VaR path on 500 factors: one tick update (O(n)) followed by a
/// "VaR after this trade" check (O(1)), timed per call pair into an HdrHistogram.
/// <c>dotnet run -c Release --project perf/LowLatency.Benchmarks -- analytics-pretrade [--quick]</c>
/// </summary>
public sealed class PreTradeLatencyCommand : IPerfCommand
{
    public string Name => "analytics-pretrade";

    public string Description => "incremental parametric VaR: tick update + pre-trade check latency percentiles (500 factors)";

    public int Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        int iterations = quick ? 200_000 : 2_000_000;
        const int factors = 500;
        var engine = new IncrementalParametricVar(AnalyticsBooks.Covariance(factors), 0.99);
        engine.SetExposures(AnalyticsBooks.Linear(factors).DeltaExposures);
        var histogram = new LongHistogram(TimeStamp.Seconds(1), 3);
        double sink = 0.0;
        for (int i = 0; i < iterations + 100_000; i++)
        {
            long start = Stopwatch.GetTimestamp();
            engine.AddExposure(i % factors, (i & 1) == 0 ? 1e3 : -1e3);
            engine.CheckTrade((i * 7) % factors, 5e4, 1e12, out double after);
            long end = Stopwatch.GetTimestamp();
            sink += after;
            if (i >= 100_000)
            {
                histogram.RecordValue(end - start);
            }
        }

        double nsPerTick = 1e9 / Stopwatch.Frequency;
        Console.WriteLine($"pre-trade VaR, {factors} factors, {iterations:N0} tick+check pairs (after 100,000 warm-up); sink {sink:E2}");
        foreach (double p in new[] { 50.0, 90.0, 99.0, 99.9, 99.99 })
        {
            Console.WriteLine($"  p{p,-6} {histogram.GetValueAtPercentile(p) * nsPerTick,8:F0} ns");
        }

        Console.WriteLine($"  max     {histogram.GetMaxValue() * nsPerTick,8:F0} ns");
        return 0;
    }
}
