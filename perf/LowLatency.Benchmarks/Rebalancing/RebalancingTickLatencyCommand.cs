using System.Diagnostics;
using HdrHistogram;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;
using LowLatency.Rebalancing.Backtest;
using LowLatency.Rebalancing.Engine;

namespace LowLatency.Benchmarks.Rebalancing;

/// <summary>
/// Decision latency along a market path, without BenchmarkDotNet: BTC and ETH tick alternately along correlated
/// GBM paths (1 s steps, 60%/80% vol), the book ticks untimed, the decision is timed (HdrHistogram, quiet and
/// trading decisions apart), intents are filled untimed. Also bytes allocated per decision.
/// <c>dotnet run -c Release --project perf/LowLatency.Benchmarks -- rebalancing-tick [--quick]</c>.
/// </summary>
public sealed class RebalancingTickLatencyCommand : IPerfCommand
{
    public string Name => "rebalancing-tick";

    public string Description => "decision latency p50/p99/p99.9 (quiet vs trading) along a GBM path, bytes/decision [--quick]";

    public int Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        int steps = quick ? 100_000 : 500_000;
        RebalancingEngine engine = RebalancingBenchmarkData.Engine();
        (double[] btc, double[] eth) = new PathGenerator(42).CorrelatedGbm(60_000, 0.6, 3_000, 0.8, 0.7, 1.0 / (365 * 86_400), steps);
        var intents = new HedgeIntent[64];
        var transfers = new CollateralTransfer[8];
        var quiet = new LongHistogram(1_000_000_000, 3);
        var trading = new LongHistogram(1_000_000_000, 3);
        long ns = RebalancingBenchmarkData.NowNs;

        // Warm-up on separate engines along a far more volatile path (so the rarely taken trading code runs
        // thousands of times too) for at least 2 s of wall time: tiered JIT promotes methods in the background
        // after a quiet period, and a short warm-up measured tier-0 code (quiet p50 ~230 ns, trading ~770 ns).
        (double[] wb, double[] we) = new PathGenerator(7).CorrelatedGbm(60_000, 3.0, 3_000, 4.0, 0.7, 1.0 / (365 * 86_400), 20_000);
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(2))
        {
            long warmNs = ns;
            Loop(RebalancingBenchmarkData.Engine(), wb, we, wb.Length, ref warmNs, intents, transfers, null, null);
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        int trades = Loop(engine, btc, eth, steps, ref ns, intents, transfers, quiet, trading);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Print("quiet decisions  ", quiet);
        Print("trading decisions", trading);
        Console.WriteLine($"{2L * steps} decisions, {trades} intents, {(double)allocated / (2L * steps):F2} B/decision");
        return 0;
    }

    private static int Loop(RebalancingEngine engine, double[] btc, double[] eth, int steps, ref long ns, HedgeIntent[] intents, CollateralTransfer[] transfers, LongHistogram? quiet, LongHistogram? trading)
    {
        int trades = 0;
        for (int k = 0; k < steps; k++)
        {
            ns += 500_000_000;
            for (int u = 0; u < 2; u++)
            {
                var id = u == 0 ? RebalancingBenchmarkData.Btc : RebalancingBenchmarkData.Eth;
                double price = u == 0 ? btc[k] : eth[k];
                engine.Book.OnTick(id, price, ns);
                long t0 = Stopwatch.GetTimestamp();
                DecisionResult result = engine.Decide(id, ns, ns, intents, transfers);
                long t1 = Stopwatch.GetTimestamp();
                long elapsed = Math.Min((long)((t1 - t0) * 1e9 / Stopwatch.Frequency), 1_000_000_000);
                (result.Intents > 0 ? trading : quiet)?.RecordValue(elapsed);
                trades += result.Intents;
                for (int i = 0; i < result.Intents; i++)
                {
                    double signed = (intents[i].Side == Side.Buy ? 1 : -1) * intents[i].Quantity.ToDouble();
                    engine.ApplyFill(intents[i].Instrument, signed, intents[i].Instrument.Value >= 20 ? eth[k] : btc[k]);
                }

                for (int i = 0; i < result.Transfers; i++)
                {
                    engine.OnCollateralTransfer(transfers[i].Amount, succeeded: true);
                }
            }
        }

        return trades;
    }

    private static void Print(string what, LongHistogram h)
    {
        if (h.TotalCount == 0)
        {
            Console.WriteLine($"{what}: none");
            return;
        }

        Console.WriteLine(
            $"{what}: n {h.TotalCount}, min {h.GetValueAtPercentile(0)} ns, p50 {h.GetValueAtPercentile(50)} ns, p99 {h.GetValueAtPercentile(99)} ns, " +
            $"p99.9 {h.GetValueAtPercentile(99.9)} ns, max {h.GetMaxValue()} ns");
    }
}
