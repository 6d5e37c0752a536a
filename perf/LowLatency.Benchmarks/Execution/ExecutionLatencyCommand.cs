using System.Diagnostics;
using HdrHistogram;
using LowLatency.Execution.Risk;
using LowLatency.Execution.Routing;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;

namespace LowLatency.Benchmarks.Execution;

/// <summary>
/// Per-operation latency percentiles of the execution stage (HdrHistogram, Stopwatch around each call): route + risk
/// for a one-child intent, encode of the NewOrderSingle, and the engine's whole intent → order bytes path. Targets
/// (DESIGN.md): route + risk ≤ 300 ns, encode ≤ 150 ns. Timer overhead (~20 ns) is included in every sample.
/// </summary>
public sealed class ExecutionLatencyCommand : IPerfCommand
{
    public string Name => "execution-latency";

    public string Description => "route+risk, NewOrderSingle encode, intent->order bytes latency percentiles (HdrHistogram) [--quick]";

    public int Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        int iterations = quick ? 200_000 : 2_000_000;
        var bench = new ExecutionBench();
        HedgeIntent buy = ExecutionBench.Intent(Side.Buy, "1");
        HedgeIntent sell = ExecutionBench.Intent(Side.Sell, "1");
        var children = new ChildOrder[bench.Engine.Router.MaxChildren];
        var routeRisk = new LongHistogram(1_000_000_000L, 3);
        var encode = new LongHistogram(1_000_000_000L, 3);
        var intent = new LongHistogram(1_000_000_000L, 3);
        double nanosPerTick = 1e9 / Stopwatch.Frequency;

        HedgeIntent passive = ExecutionBench.RestingIntent();
        bench.Engine.OnHedgeIntent(in passive, bench.Now); // a resting order to encode again and again
        bench.Engine.Orders.TryFind(bench.Last.ClOrdId, out int resting);

        for (int i = -iterations / 4; i < iterations; i++)
        {
            bool record = i >= 0;
            long t0 = Stopwatch.GetTimestamp();
            bench.Engine.Router.Route(in buy, bench.Now, children);
            RiskReason reason = bench.Engine.Risk.Check(in children[0], bench.Now);
            long t1 = Stopwatch.GetTimestamp();
            bench.Engine.Messages.TrySendNew(ref bench.Engine.Sink, ref bench.Engine.Orders.At(resting), 1_767_603_600_000_000_000);
            long t2 = Stopwatch.GetTimestamp();
            bench.Now += 20_000;
            int sent = bench.Engine.OnHedgeIntent(in (i & 1) == 0 ? ref buy : ref sell, bench.Now).Sent;
            long t3 = Stopwatch.GetTimestamp();
            bench.CancelLast(i + iterations);
            if (reason != RiskReason.Passed || sent != 1)
            {
                Console.Error.WriteLine($"set-up broken: risk {reason}, sent {sent}");
                return 1;
            }

            if (record)
            {
                routeRisk.RecordValue((long)((t1 - t0) * nanosPerTick));
                encode.RecordValue((long)((t2 - t1) * nanosPerTick));
                intent.RecordValue((long)((t3 - t2) * nanosPerTick));
            }
        }

        Print("route + risk (one child)", routeRisk);
        Print("encode NewOrderSingle", encode);
        Print("intent -> order bytes (engine)", intent);
        return 0;
    }

    private static void Print(string title, LongHistogram histogram)
    {
        Console.WriteLine($"{title}, {histogram.TotalCount:N0} samples (ns):");
        foreach (double p in new[] { 50.0, 90.0, 99.0, 99.9, 99.99 })
        {
            Console.WriteLine($"  p{p,-6} {histogram.GetValueAtPercentile(p),8:N0}");
        }

        Console.WriteLine($"  max     {histogram.GetMaxValue(),8:N0}   mean {histogram.GetMean():F0}");
    }
}
