using BenchmarkDotNet.Attributes;
using LowLatency.Fix.Log;

namespace LowLatency.Benchmarks.FixStore;

/// <summary>
/// The log's cost on the FIX threads: OnOutgoing copies the message and a timestamp into the queue and
/// returns; the writer thread pays for the file. The null log is the baseline. Target: 0 B allocated.
/// </summary>
/// <remarks>
/// A benchmark produces faster than any disk, so the queue fills and further calls take the (cheaper)
/// drop path; the drop share is printed at cleanup so the figure can be read honestly.
/// </remarks>
[MemoryDiagnoser]
public class MessageLogBenchmarks
{
    private const int Operations = 1_000;

    private readonly byte[] _message = FixTestMessage.NewOrderSingle();
    private string _directory = string.Empty;
    private FileMessageLog _file = null!;
    private long _calls;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "lowlatency-bench-log-" + Guid.NewGuid().ToString("N"));
        _file = new FileMessageLog(new FileMessageLogOptions(_directory, "FIX.4.4-BENCH-LOG") { BufferSize = 64 << 20 });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        long dropped = _file.DroppedCount;
        _file.Dispose();
        Console.WriteLine($"// FileMessageLog: {_calls:N0} calls, {dropped:N0} dropped ({(_calls == 0 ? 0 : 100.0 * dropped / _calls):F1}%)");
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public void NullLog_OnOutgoing() => Log(NullMessageLog.Instance);

    [Benchmark(OperationsPerInvoke = Operations)]
    public void FileLog_OnOutgoing()
    {
        Log(_file);
        _calls += Operations;
    }

    private void Log<TLog>(TLog log)
        where TLog : IMessageLog
    {
        for (int i = 0; i < Operations; i++)
        {
            log.OnOutgoing(_message);
        }
    }
}
