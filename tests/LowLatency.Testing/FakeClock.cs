using LowLatency.Core.Time;

namespace LowLatency.Testing;

/// <summary>
/// A clock tests move by hand, so timers (heartbeats, cooldowns, schedules) are exercised
/// deterministically. A class, so every holder sees the same time.
/// </summary>
public sealed class FakeClock : IClock
{
    private long _monotonic;
    private long _utc;

    public FakeClock(DateTime utcStart)
    {
        _utc = (utcStart.ToUniversalTime().Ticks - DateTime.UnixEpoch.Ticks) * 100;
        _monotonic = 1_000_000_000;
    }

    public FakeClock()
        : this(new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc))
    {
    }

    public long MonotonicNanoseconds() => Interlocked.Read(ref _monotonic);

    public long UtcEpochNanoseconds() => Interlocked.Read(ref _utc);

    public DateTime UtcNow => DateTime.UnixEpoch.AddTicks(UtcEpochNanoseconds() / 100);

    public void Advance(TimeSpan by) => AdvanceNanoseconds(by.Ticks * 100);

    public void AdvanceNanoseconds(long nanoseconds)
    {
        if (nanoseconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(nanoseconds), "time only moves forward");
        }

        Interlocked.Add(ref _monotonic, nanoseconds);
        Interlocked.Add(ref _utc, nanoseconds);
    }
}
