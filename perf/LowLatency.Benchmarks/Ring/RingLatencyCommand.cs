using System.Diagnostics;
using HdrHistogram;

namespace LowLatency.Benchmarks.Ring;

/// <summary>
/// <c>ring-latency [--quick] [--rounds N] [--iterations N]</c>: ping-pong round trip (two hops) through two
/// busy-spin rings, interleaved with the same through two bounded Channels, recorded per round trip in an
/// HdrHistogram (ns): p50 / p99 / p99.9 / max per round and the median of each across rounds.
/// </summary>
public sealed class RingLatencyCommand : IPerfCommand
{
    public string Name => "ring-latency";

    public string Description => "ring vs Channel ping-pong round trip p50/p99/p99.9/max (HdrHistogram) [--quick]";

    public int Run(string[] args)
    {
        bool quick = PerfOptions.Has(args, "--quick");
        int rounds = (int)PerfOptions.Get(args, "--rounds", quick ? 3 : 5);
        long iterations = PerfOptions.Get(args, "--iterations", quick ? 200_000 : 2_000_000);
        long warmup = Math.Min(iterations, 50_000);

        var contenders = new (string Key, Func<IPingPong> Create)[]
        {
            ("ring", () => new RingPingPong()),
            ("channel", () => new ChannelPingPong()),
        };

        Console.WriteLine($"ring-latency: {rounds} rounds x {iterations:N0} round trips (+{warmup:N0} warm-up each), two spinning threads; " +
                          $"{Environment.ProcessorCount} cores. Shared machine: figures are noisy.");
        Console.WriteLine($"{"round",-6} {"contender",-32} {"p50 ns",8} {"p99",8} {"p99.9",8} {"max",10} {"mean",8} {"B/rt",6}");

        var p50 = contenders.ToDictionary(c => c.Key, _ => new List<double>());
        var p99 = contenders.ToDictionary(c => c.Key, _ => new List<double>());
        var p999 = contenders.ToDictionary(c => c.Key, _ => new List<double>());
        var names = new Dictionary<string, string>();
        long wrongEchoes = 0;

        for (int round = 1; round <= rounds; round++)
        {
            for (int k = 0; k < contenders.Length; k++)
            {
                var (key, create) = contenders[(k + round) % contenders.Length];
                using var pingPong = create();
                names[key] = pingPong.Name;
                for (long i = 0; i < warmup; i++)
                {
                    pingPong.RoundTrip(i);
                }

                var histogram = new LongHistogram(10_000_000_000L, 3); // up to 10 s in ns, 3 significant digits
                double nsPerTick = 1e9 / Stopwatch.Frequency;
                long allocated = GC.GetAllocatedBytesForCurrentThread();
                for (long i = 0; i < iterations; i++)
                {
                    long start = Stopwatch.GetTimestamp();
                    long echoed = pingPong.RoundTrip(i);
                    long elapsed = Stopwatch.GetTimestamp() - start;
                    histogram.RecordValue((long)(elapsed * nsPerTick));
                    if (echoed != i)
                    {
                        wrongEchoes++;
                    }
                }

                allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
                p50[key].Add(histogram.GetValueAtPercentile(50));
                p99[key].Add(histogram.GetValueAtPercentile(99));
                p999[key].Add(histogram.GetValueAtPercentile(99.9));
                Console.WriteLine($"{round,-6} {pingPong.Name,-32} {histogram.GetValueAtPercentile(50),8} {histogram.GetValueAtPercentile(99),8} " +
                                  $"{histogram.GetValueAtPercentile(99.9),8} {histogram.GetMaxValue(),10} {histogram.GetMean(),8:F0} {(double)allocated / iterations,6:F2}");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"median across rounds (ns)               {"p50",8} {"p99",8} {"p99.9",8}");
        foreach (var (key, _) in contenders)
        {
            Console.WriteLine($"{names[key],-40} {PerfOptions.Median(p50[key]),8:F0} {PerfOptions.Median(p99[key]),8:F0} {PerfOptions.Median(p999[key]),8:F0}");
        }

        double ringP50 = PerfOptions.Median(p50["ring"]);
        Console.WriteLine();
        Console.WriteLine($"target ring round trip p50 <= 1 us: {(ringP50 <= 1000 ? "met" : "NOT met")} ({ringP50:F0} ns); wrong echoes: {wrongEchoes}");
        return wrongEchoes == 0 ? 0 : 1;
    }
}
