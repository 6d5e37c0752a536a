namespace LowLatency.Execution.Metrics;

/// <summary>
/// Where latency samples go: the engine records into its <see cref="FixedBucketHistogram"/>; the server may forward
/// the same samples to an HdrHistogram (allowed there, not in Execution) through its listener.
/// </summary>
public interface ILatencyRecorder
{
    /// <summary>Records one sample in nanoseconds (negative values count as 0).</summary>
    void Record(long nanoseconds);
}
