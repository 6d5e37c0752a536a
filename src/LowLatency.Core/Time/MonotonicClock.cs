using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace LowLatency.Core.Time;

/// <summary>
/// Monotonic nanoseconds for latency measurement and timers (never for wall-clock time):
/// <see cref="Stopwatch.GetTimestamp"/> scaled once to nanoseconds.
/// </summary>
public static class MonotonicClock
{
    // static readonly fields are JIT-time constants once the class is initialised, so on Linux
    // (Frequency == 1e9) the branch below folds away and NowNanoseconds is just GetTimestamp.
    private static readonly bool IsNanosecondTimestamp = Stopwatch.Frequency == 1_000_000_000;
    private static readonly double NanosecondsPerTick = 1e9 / Stopwatch.Frequency;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long NowNanoseconds()
    {
        long ticks = Stopwatch.GetTimestamp();
        return IsNanosecondTimestamp ? ticks : (long)(ticks * NanosecondsPerTick);
    }
}
