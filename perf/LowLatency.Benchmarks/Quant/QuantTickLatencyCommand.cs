using System.Diagnostics;
using HdrHistogram;
using LowLatency.Core.Ids;
using LowLatency.Quant.Exposure;
using LowLatency.Quant.Greeks;
using LowLatency.Quant.Numerics;

namespace LowLatency.Benchmarks.Quant;

/// <summary>
/// Quick sanity run of the Quant targets without BenchmarkDotNet: greeks ns/option (scalar vs SIMD), per-tick
/// latency percentiles (HdrHistogram) for 200 options on the ticked underlying, and bytes allocated per tick.
/// <c>dotnet run -c Release --project perf/LowLatency.Benchmarks -- quant-tick [--quick]</c>.
/// </summary>
public sealed class QuantTickLatencyCommand : IPerfCommand
{
    public string Name => "quant-tick";

    public string Description => "greeks ns/option scalar vs SIMD, per-tick p50/p99/p99.9 for 200 options (exact and 1 ms time cache), bytes/tick [--quick]";

    public int Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        int rounds = quick ? 20 : 200;
        int ticks = quick ? 50_000 : 1_000_000;
        Console.WriteLine($"Vector256 accelerated: {VectorMath.IsAccelerated}, Vector512 accelerated: {VectorMath.Is512Accelerated}");

        const int N = 10_000;
        double[][] i = QuantBenchmarkData.OptionInputs(N);
        double[][] o = new double[6][];
        for (int j = 0; j < 6; j++)
        {
            o[j] = new double[N];
        }

        double scalar = PerOption(() => GreeksKernel.ComputeScalar(new OptionBatch(i[0], i[1], i[2], i[3], i[4], i[5], i[6], i[7]), new GreeksBatch(o[0], o[1], o[2], o[3], o[4], o[5])), rounds / 4 + 1, N);
        double simd = PerOption(() => GreeksKernel.ComputeSimd(new OptionBatch(i[0], i[1], i[2], i[3], i[4], i[5], i[6], i[7]), new GreeksBatch(o[0], o[1], o[2], o[3], o[4], o[5])), rounds, N);
        Console.WriteLine($"greeks, 10,000 options: scalar {scalar:F2} ns/option, SIMD {simd:F2} ns/option ({scalar / simd:F1}x)");

        Tick("exact", QuantBenchmarkData.Book(underlyings: 50, optionsPerUnderlying: 200), ticks);
        Tick("1 ms time cache", QuantBenchmarkData.Book(underlyings: 50, optionsPerUnderlying: 200, TimeSpan.FromMilliseconds(1)), ticks);
        return 0;
    }

    // A tick every microsecond on one underlying: with the 1 ms cache, one tick in 1,000 refreshes it (in p99.9).
    private static void Tick(string mode, PortfolioRiskBook book, int ticks)
    {
        var hist = new LongHistogram(1_000_000_000, 3);
        long ns = QuantBenchmarkData.NowNs;
        var u = new InstrumentId(1);
        // Warm up for half a second, not a tick count: tiered compilation installs the optimised kernels only after
        // its call-counting delay, and ticks measured before that showed up as a p99 of ~8 µs.
        long warmUntil = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 2;
        for (int k = 0; k < 20_000 || Stopwatch.GetTimestamp() < warmUntil; k++)
        {
            book.OnTick(u, 100 + (k & 15) * 0.01, ns += 1_000);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 0; k < ticks; k++)
        {
            long t0 = Stopwatch.GetTimestamp();
            book.OnTick(u, 100 + (k & 15) * 0.01, ns += 1_000);
            long t1 = Stopwatch.GetTimestamp();
            hist.RecordValue(Math.Min((long)((t1 - t0) * 1e9 / Stopwatch.Frequency), 1_000_000_000));
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine(
            $"tick ({mode}), 200 options on the ticked underlying ({book.PositionCount} positions): min {hist.GetValueAtPercentile(0)} ns, p1 {hist.GetValueAtPercentile(1)} ns, p50 {hist.GetValueAtPercentile(50)} ns, " +
            $"p99 {hist.GetValueAtPercentile(99)} ns, p99.9 {hist.GetValueAtPercentile(99.9)} ns, max {hist.GetMaxValue()} ns; " +
            $"{(double)allocated / ticks:F1} B/tick");
    }

    private static double PerOption(Action run, int rounds, int n)
    {
        // Half a second of warm-up so the measured rounds run tier-1 code (5 calls used to leave some runs at tier 0:
        // SIMD 45 ns/option instead of 9).
        long warmUntil = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 2;
        for (int k = 0; k < 5 || Stopwatch.GetTimestamp() < warmUntil; k++)
        {
            run();
        }

        double best = double.MaxValue;
        for (int r = 0; r < rounds; r++)
        {
            long t0 = Stopwatch.GetTimestamp();
            run();
            best = Math.Min(best, (Stopwatch.GetTimestamp() - t0) * 1e9 / Stopwatch.Frequency / n);
        }

        return best;
    }
}
