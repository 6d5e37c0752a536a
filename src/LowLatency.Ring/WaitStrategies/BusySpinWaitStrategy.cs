using System.Runtime.CompilerServices;
using LowLatency.Ring.Barriers;

namespace LowLatency.Ring.WaitStrategies;

/// <summary>
/// Lowest latency: the consumer re-reads the dependent sequence in a tight loop and never gives up its
/// core. Only for threads pinned to an isolated core; on a shared machine two spinning threads starve
/// everything else.
/// </summary>
/// <remarks>
/// No <see cref="Thread.SpinWait"/> in the loop: .NET normalises one SpinWait iteration to tens of
/// nanoseconds, which would be added to every hand-off. A bare <c>pause</c> (X86Base.Pause) was measured
/// in the ring-latency ping-pong (AMD EPYC VM, interleaved A/B runs) and changed nothing measurable, so
/// the loop stays minimal; revisit on Intel hosts with SMT siblings, where pause frees the sibling.
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
