namespace LowLatency.LoadTest.Harness;

/// <summary>
/// The generator's clock and its way of waiting: the monotonic clock with a <see cref="WaitMode"/> in a run, a
/// manual clock in tests (a stalled consumer advances it, so coordinated-omission correction is tested without
/// wall-clock timing).
/// </summary>
public interface ITimeSource
{
    /// <summary>Monotonic nanoseconds.</summary>
    long NowNs();

    /// <summary>Waits a little towards <paramref name="dueNs"/> (may return early); <paramref name="inFlight"/>: completions are being watched.</summary>
    void WaitTowards(long dueNs, bool inFlight);
}
