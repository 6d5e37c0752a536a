using System.Runtime.CompilerServices;

namespace LowLatency.Core.Time;

/// <summary>The real clocks: <see cref="MonotonicClock"/> and the system UTC time, allocation-free.</summary>
public readonly struct SystemClock : IClock
{
    private const long UnixEpochTicks = 621_355_968_000_000_000L;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long MonotonicNanoseconds() => MonotonicClock.NowNanoseconds();

    /// <remarks>DateTime.UtcNow is a vDSO clock_gettime on Linux (tens of ns), 100 ns resolution.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long UtcEpochNanoseconds() => (DateTime.UtcNow.Ticks - UnixEpochTicks) * 100;
}
