using System.Diagnostics;
using LowLatency.Venue.MarketData;
using LowLatency.Venue.Matching;

namespace LowLatency.Benchmarks.Venue;

/// <summary>
/// Quick matching-throughput check without BenchmarkDotNet's ceremony: replays the realistic tape for a
/// number of rounds and prints commands/s per round (median, best) and bytes allocated per command.
/// </summary>
public sealed class VenueThroughputCommand : IPerfCommand
{
    public string Name => "venue-throughput";

    public string Description => "matching commands/s and B/command on one thread, realistic mix [--quick] [--rounds N]";

    public int Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        int rounds = quick ? 10 : 40;
        int at = Array.IndexOf(args, "--rounds");
        if (at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out int r) && r > 0)
        {
            rounds = r;
        }

        foreach (TapeMix mix in new[] { TapeMix.PassiveAddCancel, TapeMix.Realistic })
        {
            TapeCommand[] tape = OrderTape.Build(mix, 200_000);
            var engine = new MatchingEngine<BenchListener>(OrderTape.Instruments(), default, OrderTape.Options());
            Measure(mix.ToString(), engine, tape, rounds);
            ref BenchListener stats = ref engine.Listener;
            Console.WriteLine($"{string.Empty,-26} per tape: {stats.Trades / (rounds + 3):N0} trades, {stats.Levels / (rounds + 3):N0} level updates, {stats.Executions / (rounds + 3):N0} execution reports");
        }

        TapeCommand[] realistic = OrderTape.Build(TapeMix.Realistic, 200_000);
        var published = new MatchingEngine<CompositeListener<BenchListener, IncrementalPublisher<TimestampingSink>>>(
            OrderTape.Instruments(),
            new CompositeListener<BenchListener, IncrementalPublisher<TimestampingSink>>(default, new IncrementalPublisher<TimestampingSink>(new TimestampingSink(new BatchClock()))),
            OrderTape.Options());
        Measure("Realistic + md publish", published, realistic, rounds);

        return 0;
    }

    private static void Measure<TListener>(string label, MatchingEngine<TListener> engine, TapeCommand[] tape, int rounds)
        where TListener : struct, IMatchingListener
    {
        for (int w = 0; w < 3; w++)
        {
            Replay(engine, tape);
        }

        var rates = new double[rounds];
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (int round = 0; round < rounds; round++)
        {
            long start = Stopwatch.GetTimestamp();
            Replay(engine, tape);
            rates[round] = tape.Length / Stopwatch.GetElapsedTime(start).TotalSeconds;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Array.Sort(rates);
        Console.WriteLine(
            $"{label,-26} median {rates[rounds / 2] / 1e6,6:F2} M cmd/s  best {rates[^1] / 1e6,6:F2} M cmd/s  {(double)allocated / ((long)rounds * tape.Length):F3} B/cmd");
    }

    private static void Replay<TListener>(MatchingEngine<TListener> engine, TapeCommand[] tape)
        where TListener : struct, IMatchingListener
    {
        for (int i = 0; i < tape.Length; i++)
        {
            OrderTape.Apply(engine, in tape[i]);
        }
    }
}
