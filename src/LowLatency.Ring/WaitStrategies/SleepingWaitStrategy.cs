using System.Runtime.CompilerServices;
using LowLatency.Core;
using LowLatency.Ring.Barriers;

namespace LowLatency.Ring.WaitStrategies;

/// <summary>
/// Spin, then yield, then sleep 1 ms between checks: almost no CPU when idle and no signalling cost on
/// the producer (unlike blocking), at the price of up to ~1 ms wake-up latency after a quiet period.
/// Suits side consumers (journal, snapshots) where the producer's latency matters more than theirs.
/// </summary>
public readonly struct SleepingWaitStrategy : IWaitStrategy
{
    private readonly int _spins;
    private readonly int _yields;

    /// <summary>100 spins, 100 yields, then 1 ms sleeps.</summary>
    public SleepingWaitStrategy()
        : this(100, 100)
    {
    }

    public SleepingWaitStrategy(int spins, int yields)
    {
        if (spins < 0 || yields < 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(spins), "spins and yields must be >= 0");
        }

        _spins = spins;
        _yields = yields;
    }

    public bool IsBlockingStrategy => false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long WaitFor(long sequence, SequenceBarrier barrier)
    {
        long available = barrier.DependentValue;
        return available >= sequence ? available : WaitSlow(sequence, barrier);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private long WaitSlow(long sequence, SequenceBarrier barrier)
    {
        int spins = _spins;
        int yields = _yields;
        long available;
        while ((available = barrier.DependentValue) < sequence)
        {
            if (barrier.IsAlerted)
            {
                return WaitResult.Alerted;
            }

            if (spins > 0)
            {
                spins--;
            }
            else if (yields > 0)
            {
                yields--;
                Thread.Yield();
            }
            else
            {
                Thread.Sleep(1);
            }
        }

        return available;
    }

    public void SignalAllWhenBlocking()
    {
    }
}
