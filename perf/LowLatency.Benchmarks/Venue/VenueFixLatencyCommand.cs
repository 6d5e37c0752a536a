using System.Diagnostics;
using HdrHistogram;

namespace LowLatency.Benchmarks.Venue;

/// <summary>
/// Book change → 35=X bytes handed to the subscriber's transport, through the whole FIX venue: for every command of
/// the realistic tape, from just before it is queued for the matching thread (as a session reader would) to the
/// flush that hands the subscriber's 35=X to its connection — matching, the owners' 35=8 (encoded, stored in the
/// file store, flushed first), the 35=X encode and store included. One command per duty cycle, on this thread.
/// Target (brief): p50 ≤ 2 µs.
/// </summary>
public sealed class VenueFixLatencyCommand : IPerfCommand
{
    public string Name => "venue-fix-md-latency";

    public string Description => "command -> 35=X bytes handed to the transport, real FIX sessions (HdrHistogram) [--quick] [--depth N] [--memory-stores] [--transient-md]";

    public int Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        int at = Array.IndexOf(args, "--depth");
        int depth = at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out int d) ? d : 0;
        TapeCommand[] tape = OrderTape.Build(TapeMix.Realistic, quick ? 50_000 : 200_000);
        using var venue = new InProcessVenue(depth, memoryStores: args.Contains("--memory-stores"), resendMarketData: !args.Contains("--transient-md"));
        var histogram = new LongHistogram(10_000_000_000L, 3);
        double nanosPerTick = 1e9 / Stopwatch.Frequency;
        int rounds = quick ? 2 : 5;
        long allocated = 0;
        for (int round = -1; round < rounds; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < tape.Length; i++)
            {
                long flushesBefore = venue.SubscriberTap.IncrementalFlushes;
                long start = venue.Post(in tape[i]);
                venue.DoWork();
                if (round >= 0 && venue.SubscriberTap.IncrementalFlushes != flushesBefore)
                {
                    histogram.RecordValue((long)((venue.SubscriberTap.LastIncrementalFlush - start) * nanosPerTick));
                }
            }

            if (round >= 0)
            {
                allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            }

            venue.ResetStores();
        }

        Console.WriteLine($"command -> 35=X handed to the transport ({(depth == 0 ? "full depth" : $"MarketDepth {depth}")}{(args.Contains("--transient-md") ? ", ResendMarketData=N" : "")}), {histogram.TotalCount:N0} book changes (ns):");
        foreach (double p in new[] { 50.0, 90.0, 99.0, 99.9, 99.99 })
        {
            Console.WriteLine($"  p{p,-6} {histogram.GetValueAtPercentile(p),8:N0}");
        }

        Console.WriteLine($"  max     {histogram.GetMaxValue(),8:N0}   mean {histogram.GetMean():F0}");
        Console.WriteLine($"  allocated on the matching thread: {(double)allocated / ((long)rounds * tape.Length):F3} B/command; venue stats: {venue.Venue.Stats}");
        return 0;
    }
}
