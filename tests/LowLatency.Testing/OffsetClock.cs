using LowLatency.Core.Time;

namespace LowLatency.Testing;

/// <summary>
/// The real clock shifted by an offset a test moves (forwards or backwards): a session under test can be made to
/// see silence (or none) without waiting, while its SendingTime stays close enough to real time for an
/// independent FIX engine on the other side.
/// </summary>
public sealed class OffsetClock : IClock
{
    private long _offsetNanos;

    public long MonotonicNanoseconds() => MonotonicClock.NowNanoseconds() + Interlocked.Read(ref _offsetNanos);

    public long UtcEpochNanoseconds() => new SystemClock().UtcEpochNanoseconds() + Interlocked.Read(ref _offsetNanos);

    /// <summary>Moves the clock by <paramref name="by"/> (negative moves it back).</summary>
    public void Shift(TimeSpan by) => Interlocked.Add(ref _offsetNanos, by.Ticks * 100);
}
