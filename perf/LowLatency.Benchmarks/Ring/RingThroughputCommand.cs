using System.Diagnostics;
using System.Globalization;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Benchmarks.Ring;

/// <summary>
/// <c>ring-throughput [--quick] [--rounds N] [--events N] [--batch N]</c>: interleaved rounds of ring 1P1C
/// (busy-spin batch and no batch, yielding batch), bounded Channel, BlockingCollection and the ring
/// 3-stage pipeline. Busy-spin figures are only meaningful when both threads have a core each: on an
/// oversubscribed machine a spinning thread burns its time slice while its peer is descheduled, and the
/// ring degrades to "one ring of events per scheduler quantum" (see the yielding row for that case).
/// Prints min/median/max events/s per contender, the ring/Channel ratio measured within each round, and
/// allocated bytes per event (all threads). The machine is shared: judge by the in-round ratios.
/// </summary>
public sealed class RingThroughputCommand : IPerfCommand
{
    public string Name => "ring-throughput";

    public string Description => "ring vs Channel vs BlockingCollection 1P1C (+3-stage) events/s, ratios, B/event [--quick]";

    public int Run(string[] args)
    {
        bool quick = PerfOptions.Has(args, "--quick");
        int rounds = (int)PerfOptions.Get(args, "--rounds", quick ? 3 : 7);
        long ringEvents = PerfOptions.Get(args, "--events", quick ? 5_000_000 : 20_000_000);
        long baselineEvents = Math.Max(ringEvents / 10, 100_000); // the baselines are ~10-50x slower
        int batch = (int)PerfOptions.Get(args, "--batch", 10);

        var contenders = new (string Key, Func<IThroughputContender> Create, long Events)[]
        {
            ("ring-batch", () => new RingOneToOne<BusySpinWaitStrategy>(batch, default, "busy-spin"), ringEvents),
            ("ring-nobatch", () => new RingOneToOne<BusySpinWaitStrategy>(1, default, "busy-spin"), ringEvents),
            ("ring-yield", () => new RingOneToOne<YieldingWaitStrategy>(batch, default, "yielding"), ringEvents),
            ("channel", () => new ChannelOneToOne(), baselineEvents),
            ("blocking-collection", () => new BlockingCollectionOneToOne(), baselineEvents),
            ("ring-3stage", () => new RingThreeStage(), ringEvents / 2),
        };

        Console.WriteLine($"ring-throughput: {rounds} rounds (+1 warm-up), ring {ringEvents:N0} events/run, baselines {baselineEvents:N0}; " +
                          $"{Environment.ProcessorCount} cores, .NET {Environment.Version}. Shared machine: figures are noisy.");

        var rates = contenders.ToDictionary(c => c.Key, _ => new List<double>());
        var bytes = contenders.ToDictionary(c => c.Key, _ => new List<double>());
        var names = new Dictionary<string, string>();
        var ratioBatch = new List<double>();
        var ratioNoBatch = new List<double>();
        var ratioYield = new List<double>();

        for (int round = 0; round <= rounds; round++)
        {
            bool warmup = round == 0;
            var roundRates = new Dictionary<string, double>();
            for (int k = 0; k < contenders.Length; k++)
            {
                var (key, create, events) = contenders[(k + round) % contenders.Length]; // rotate the order
                var (name, rate, perEvent) = Measure(create, warmup ? events / 10 : events);
                names[key] = name;
                roundRates[key] = rate;
                if (!warmup)
                {
                    rates[key].Add(rate);
                    bytes[key].Add(perEvent);
                }
            }

            if (!warmup)
            {
                ratioBatch.Add(roundRates["ring-batch"] / roundRates["channel"]);
                ratioNoBatch.Add(roundRates["ring-nobatch"] / roundRates["channel"]);
                ratioYield.Add(roundRates["ring-yield"] / roundRates["channel"]);
                Console.WriteLine($"round {round}: " + string.Join(", ", contenders.Select(c => $"{c.Key} {roundRates[c.Key] / 1e6:F1}M/s")));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{"contender",-42} {"min M/s",9} {"median",9} {"max",9} {"B/event",9}");
        foreach (var (key, _, _) in contenders)
        {
            var (min, median, max) = PerfOptions.Summary(rates[key]);
            Console.WriteLine($"{names[key],-42} {min / 1e6,9:F1} {median / 1e6,9:F1} {max / 1e6,9:F1} {bytes[key].Max(),9:F3}");
        }

        var (bMin, bMed, bMax) = PerfOptions.Summary(ratioBatch);
        var (nMin, nMed, nMax) = PerfOptions.Summary(ratioNoBatch);
        Console.WriteLine();
        Console.WriteLine($"ring batch {batch} / Channel (same round): min {bMin:F1}x  median {bMed:F1}x  max {bMax:F1}x");
        Console.WriteLine($"ring no batch / Channel (same round):  min {nMin:F1}x  median {nMed:F1}x  max {nMax:F1}x");
        var (yMin, yMed, yMax) = PerfOptions.Summary(ratioYield);
        Console.WriteLine($"ring yielding batch {batch} / Channel:      min {yMin:F1}x  median {yMed:F1}x  max {yMax:F1}x");

        double ringMedian = PerfOptions.Median(rates["ring-batch"]);
        double ringBytes = Math.Max(bytes["ring-batch"].Max(), bytes["ring-nobatch"].Max());
        Console.WriteLine();
        Console.WriteLine($"target median >= 50 M events/s 1P1C batch: {Verdict(ringMedian >= 50e6)} ({ringMedian / 1e6:F1} M/s)");
        Console.WriteLine($"target >= 10x bounded Channel:              {Verdict(bMed >= 10)} ({bMed:F1}x)");
        Console.WriteLine($"target 0 B allocated per event (ring):      {Verdict(ringBytes < 0.01)} ({ringBytes.ToString("F4", CultureInfo.InvariantCulture)} B/event, process-wide)");
        return 0;
    }

    private static string Verdict(bool ok) => ok ? "met" : "NOT met";

    private static (string Name, double Rate, double BytesPerEvent) Measure(Func<IThroughputContender> create, long events)
    {
        using var contender = create();
        contender.Run(Math.Max(events / 20, 1000)); // consumer thread running and JIT-warm before timing
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        long start = Stopwatch.GetTimestamp();
        contender.Run(events);
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        return (contender.Name, events / seconds, (double)allocated / events);
    }
}
