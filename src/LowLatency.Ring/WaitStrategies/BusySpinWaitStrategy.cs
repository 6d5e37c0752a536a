using System.Runtime.CompilerServices;
using LowLatency.Ring.Barriers;

namespace LowLatency.Ring.WaitStrategies;

/// <summary>
/// Lowest latency: the consumer re-reads the dependent sequence in a tight loop and never gives up its
/// core. Only for threads pinned to an isolated core; on a shared machine two spinning threads starve
/// everything else.
/// </summary>
/// <remarks>
/// No <c>pause</c>/<see cref="Thread.SpinWait"/> in the loop: .NET normalises one SpinWait iteration to
/// tens of nanoseconds, which would be added to every hand-off. The volatile reads are the only cost.
/// </remarks>
public readonly struct BusySpinWaitStrategy : IWaitStrategy
{
    public bool IsBlockingStrategy => false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long WaitFor(long sequence, SequenceBarrier barrier)
    {
        long available;
        while ((available = barrier.DependentValue) < sequence)
        {
            if (barrier.IsAlerted)
            {
                return WaitResult.Alerted;
            }
        }

        return available;
    }

    public void SignalAllWhenBlocking()
    {
    }
}
