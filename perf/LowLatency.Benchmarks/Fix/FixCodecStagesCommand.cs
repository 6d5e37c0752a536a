using System.Diagnostics;
using System.Runtime.InteropServices;
using LowLatency.Fix.Codec.Framing;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Messages.Validation;

namespace LowLatency.Benchmarks.Fix;

/// <summary>
/// Per-stage cost of the inbound path (frame, parse, validate, decode) as the best of several timed rounds,
/// which filters out the noise of a shared machine better than a mean: <c>-- fix-stages [--quick]</c>.
/// "parse" is a layout seen before (a session's steady state), "full" the same frame with shapes off (a new layout).
/// On Linux it times with the thread's CPU clock (CLOCK_THREAD_CPUTIME_ID), so time spent descheduled by
/// other processes is not counted; elsewhere it falls back to wall time.
/// </summary>
public sealed partial class FixCodecStagesCommand : IPerfCommand
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    private static long NowNanos()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out TimeSpec t) == 0)
        {
            return (t.Seconds * 1_000_000_000) + t.Nanoseconds;
        }

        return (long)Stopwatch.GetElapsedTime(0).TotalNanoseconds;
    }

    public string Name => "fix-stages";

    public string Description => "FIX codec per-stage ns/op (best of rounds): frame, parse, validate, decode";

    public int Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        int iterations = quick ? 200_000 : 2_000_000;
        int rounds = quick ? 5 : 15;
        var parser = new FixParser();
        var fullParser = new FixParser { UseShapes = false };
        var validator = new FixValidator();
        var slot = new MarketDataEntry[16];
        foreach ((string name, byte[] bytes) in new[]
                 {
                     ("35=X 2 entries", FixSamples.Build(FixSamples.Incremental(2))),
                     ("35=X 10 entries", FixSamples.Build(FixSamples.Incremental(10))),
                     ("35=8", FixSamples.Build(FixSamples.ExecutionReport)),
                     ("35=D", FixSamples.Build(FixSamples.NewOrderSingle)),
                 })
        {
            double frame = Best(rounds, iterations, () => FixFramer.Frame(bytes).Length);
            double parse = Best(rounds, iterations, () => parser.TryParse(bytes, out FixMessage m) ? m.FieldCount : 0);
            double full = Best(rounds, iterations, () => fullParser.TryParse(bytes, out FixMessage m) ? m.FieldCount : 0);
            double validate = Best(rounds, iterations, () =>
            {
                parser.TryParse(bytes, out FixMessage m);
                return (int)validator.Validate(m).Outcome;
            });
            double decode = Best(rounds, iterations, () =>
            {
                parser.TryParse(bytes, out FixMessage m);
                return Decode(m, slot);
            });
            Console.WriteLine($"{name,-16} {bytes.Length,4} B  frame {frame,7:F1} ns  parse {parse,7:F1} ns  (full {full,7:F1} ns)  parse+validate {validate,7:F1} ns  parse+decode {decode,7:F1} ns");
        }

        return 0;
    }

    // The typed decoder the engine applies to each message type (35=X into the ring slot's entries).
    private static int Decode(in FixMessage message, MarketDataEntry[] slot)
    {
        if (message.IsMsgType(FixMsgType.ExecutionReport))
        {
            return ExecutionReport.TryRead(message, out ExecutionReport report) ? (int)report.CumQty.Mantissa : 0;
        }

        if (message.IsMsgType(FixMsgType.NewOrderSingle))
        {
            return NewOrderSingle.TryRead(message, out NewOrderSingle order) ? (int)order.OrderQty.Mantissa : 0;
        }

        MarketDataIncrementalRefresh.TryReadEntries(message, slot, out int count, out _);
        return count;
    }

    private static double Best(int rounds, int iterations, Func<int> action)
    {
        long sink = 0;
        // Warm-up first so every round measures tier-1 code (on a loaded machine background JIT lags).
        for (int i = 0; i < iterations; i++)
        {
            sink += action();
        }

        double best = double.MaxValue;
        for (int r = 0; r < rounds; r++)
        {
            long start = NowNanos();
            for (int i = 0; i < iterations; i++)
            {
                sink += action();
            }

            double ns = (double)(NowNanos() - start) / iterations;
            best = Math.Min(best, ns);
        }

        GC.KeepAlive(sink);
        return best;
    }
}
