namespace LowLatency.Benchmarks.Ring;

/// <summary>
/// One producer → consumer(s) set-up kept alive between runs: <see cref="Run"/> sends <c>events</c>
/// values from the calling thread and returns once the last consumer has seen all of them.
/// </summary>
public interface IThroughputContender : IDisposable
{
    string Name { get; }

    void Run(long events);
}
