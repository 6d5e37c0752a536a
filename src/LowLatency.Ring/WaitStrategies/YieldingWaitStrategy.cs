using System.Runtime.CompilerServices;
using LowLatency.Ring.Barriers;

namespace LowLatency.Ring.WaitStrategies;

/// <summary>
/// Spins a little, then yields the core between checks: near busy-spin latency while letting other
/// runnable threads on the same core in. Still uses 100% of a core when idle.
/// </summary>
public readonly struct YieldingWaitStrategy : IWaitStrategy
{
    private const int SpinTries = 100;

    public bool IsBlockingStrategy => false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long WaitFor(long sequence, SequenceBarrier barrier)
    {
        long available = barrier.DependentValue;
        return available >= sequence ? available : WaitSlow(sequence, barrier);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long WaitSlow(long sequence, SequenceBarrier barrier)
    {
        int counter = SpinTries;
        long available;
        while ((available = barrier.DependentValue) < sequence)
        {
            if (barrier.IsAlerted)
            {
                return WaitResult.Alerted;
            }

            if (counter > 0)
            {
                counter--;
            }
            else
            {
                Thread.Yield();
            }
        }

        return available;
    }

    public void SignalAllWhenBlocking()
    {
    }
}
