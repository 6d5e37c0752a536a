using LowLatency.Core.Time;

namespace LowLatency.LoadTest.Harness;

/// <summary>The real clock (<see cref="MonotonicClock"/>) with one of the <see cref="WaitMode"/>s.</summary>
public sealed class MonotonicTimeSource(WaitMode mode) : ITimeSource
{
    // Thread.Sleep(1) takes ~1.1 ms on Linux: sleep only when the next event is further away than that.
    private const long SleepThresholdNs = 2_000_000;

    public WaitMode Mode { get; } = mode;

    public long NowNs() => MonotonicClock.NowNanoseconds();

    public void WaitTowards(long dueNs, bool inFlight)
    {
        switch (Mode)
        {
            case WaitMode.Spin:
                Thread.SpinWait(20);
                break;
            case WaitMode.Yielding:
                Thread.Yield();
                break;
            default:
                if (!inFlight && dueNs - NowNs() > SleepThresholdNs)
                {
                    Thread.Sleep(1);
                }
                else
                {
                    Thread.Yield();
                }

                break;
        }
    }
}
