using HdrHistogram;

namespace LowLatency.LoadTest.Harness;

/// <summary>
/// What the generator did in one step: events offered by the schedule, sent, dropped, the wall time from the step's
/// start to the last send, and how late each send started against its intended time (<see cref="SendLag"/>, ns).
/// </summary>
public sealed record GeneratorResult(long Offered, long Sent, long Dropped, long ElapsedNs, LongHistogram SendLag)
{
    /// <summary>Events sent per second over the step (the achieved rate).</summary>
    public double AchievedRate => ElapsedNs > 0 ? Sent * 1e9 / ElapsedNs : 0;
}
