using System.Diagnostics;
using HdrHistogram;
using LowLatency.Venue.MarketData;
using LowLatency.Venue.Matching;

namespace LowLatency.Benchmarks.Venue;

/// <summary>
/// Book change → incremental batch handed to the 35=X encoder, in process: for every command of the
/// realistic tape that changes the book, the time from just before the command enters the engine to the
/// batch reaching the sink (matching, execution reports, batching included; encoding comes with FIX).
/// Target (brief, for the whole path to the socket): p50 ≤ 2 µs.
/// </summary>
public sealed class VenueMarketDataLatencyCommand : IPerfCommand
{
    public string Name => "venue-md-latency";

    public string Description => "book change -> incremental batch latency percentiles (HdrHistogram) [--quick]";

    public int Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        TapeCommand[] tape = OrderTape.Build(TapeMix.Realistic, 200_000);
        var clock = new BatchClock();
        var engine = new MatchingEngine<CompositeListener<BenchListener, IncrementalPublisher<TimestampingSink>>>(
            OrderTape.Instruments(),
            new CompositeListener<BenchListener, IncrementalPublisher<TimestampingSink>>(default, new IncrementalPublisher<TimestampingSink>(new TimestampingSink(clock))),
            OrderTape.Options());
        var histogram = new LongHistogram(10_000_000_000L, 3);
        int rounds = quick ? 5 : 25;
        double nanosPerTick = 1e9 / Stopwatch.Frequency;

        for (int round = -3; round < rounds; round++)
        {
            for (int i = 0; i < tape.Length; i++)
            {
                long batchesBefore = clock.Batches;
                long start = Stopwatch.GetTimestamp();
                OrderTape.Apply(engine, in tape[i]);
                if (round >= 0 && clock.Batches != batchesBefore)
                {
                    histogram.RecordValue((long)((clock.LastBatchTimestamp - start) * nanosPerTick));
                }
            }
        }

        Console.WriteLine($"book change -> incremental batch, {histogram.TotalCount:N0} batches, {(double)clock.Entries / clock.Batches:F2} entries/batch (ns):");
        foreach (double p in new[] { 50.0, 90.0, 99.0, 99.9, 99.99 })
        {
            Console.WriteLine($"  p{p,-6} {histogram.GetValueAtPercentile(p),8:N0}");
        }

        Console.WriteLine($"  max     {histogram.GetMaxValue(),8:N0}   mean {histogram.GetMean():F0}");
        return 0;
    }
}
