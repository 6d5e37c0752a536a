using System.Diagnostics;
using HdrHistogram;
using LowLatency.Fix.Log;
using LowLatency.Fix.Store;

namespace LowLatency.Benchmarks.FixStore;

/// <summary>
/// Latency percentiles of one sent message's persistence (Store + IncrementNextSenderSeqNum) and log
/// call, per fsync policy: pwrite has tails (page-cache allocation, writeback) that a mean hides.
/// <c>dotnet run -c Release --project perf/LowLatency.Benchmarks -- fix-store-latency [--quick]</c>
/// </summary>
public sealed class FixStoreLatencyCommand : IPerfCommand
{
    public string Name => "fix-store-latency";

    public string Description => "FIX file store / message log per-message latency percentiles (HdrHistogram) [--quick]";

    public int Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        int messages = quick ? 50_000 : 500_000;
        string directory = Path.Combine(Path.GetTempPath(), "lowlatency-store-latency-" + Guid.NewGuid().ToString("N"));
        byte[] message = FixTestMessage.NewOrderSingle();
        try
        {
            Console.WriteLine($"{messages:N0} messages of {message.Length} bytes; nanoseconds; shared machine, noisy");
            Console.WriteLine($"{"case",-34} {"p50",8} {"p90",8} {"p99",8} {"p99.9",8} {"max",10}");
            foreach (FsyncPolicy policy in new[] { FsyncPolicy.None, FsyncPolicy.Interval })
            {
                var options = new FileMessageStoreOptions(directory, "FIX.4.4-LATENCY-" + policy) { FsyncPolicy = policy };
                using var store = new FileMessageStore(options);
                Print($"FileMessageStore fsync={policy}", Measure(messages, () =>
                {
                    store.Store(store.NextSenderSeqNum, message);
                    store.IncrementNextSenderSeqNum();
                }));
            }

            using (var memory = new MemoryMessageStore(initialMessageCapacity: messages * 2, initialArenaBytes: (messages * 2 * message.Length) + 1024))
            {
                Print("MemoryMessageStore", Measure(messages, () =>
                {
                    memory.Store(memory.NextSenderSeqNum, message);
                    memory.IncrementNextSenderSeqNum();
                }));
            }

            using (var log = new FileMessageLog(new FileMessageLogOptions(directory, "FIX.4.4-LATENCY-LOG") { BufferSize = 64 << 20 }))
            {
                Print("FileMessageLog.OnOutgoing", Measure(messages, () => log.OnOutgoing(message)));
                Console.WriteLine($"  (log dropped {log.DroppedCount:N0} records: queue full)");
            }

            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static LongHistogram Measure(int count, Action action)
    {
        for (int i = 0; i < Math.Min(count, 10_000); i++)
        {
            action(); // warm-up: JIT tiers, first page-cache pages
        }

        var histogram = new LongHistogram(TimeSpan.TicksPerSecond * 10, 3);
        for (int i = 0; i < count; i++)
        {
            long start = Stopwatch.GetTimestamp();
            action();
            long elapsed = Stopwatch.GetTimestamp() - start;
            histogram.RecordValue(Math.Max(1, (long)(elapsed * (1e9 / Stopwatch.Frequency))));
        }

        return histogram;
    }

    private static void Print(string name, LongHistogram h) =>
        Console.WriteLine(
            $"{name,-34} {h.GetValueAtPercentile(50),8} {h.GetValueAtPercentile(90),8} {h.GetValueAtPercentile(99),8} " +
            $"{h.GetValueAtPercentile(99.9),8} {h.GetMaxValue(),10}");
}
