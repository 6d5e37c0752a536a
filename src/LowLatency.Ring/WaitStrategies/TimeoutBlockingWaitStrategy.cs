using System.Diagnostics;
using System.Runtime.CompilerServices;
using LowLatency.Core;
using LowLatency.Ring.Barriers;

namespace LowLatency.Ring.WaitStrategies;

/// <summary>
/// Blocking wait that gives up after a period and returns <see cref="WaitResult.Timeout"/>, so the event
/// processor can call the handler's <c>OnTimeout</c> (heartbeats, idle flushes) on its own thread.
/// </summary>
public readonly struct TimeoutBlockingWaitStrategy : IWaitStrategy
{
    private readonly BlockingGate _gate;
    private readonly long _timeoutTicks;

    public TimeoutBlockingWaitStrategy(TimeSpan timeout)
    {
        if (timeout <= TimeSpan.Zero)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(timeout), "timeout must be positive");
        }

        _gate = new BlockingGate();
        _timeoutTicks = (long)(timeout.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>The configured timeout.</summary>
    public TimeSpan Timeout => TimeSpan.FromSeconds((double)_timeoutTicks / Stopwatch.Frequency);

    public bool IsBlockingStrategy => true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long WaitFor(long sequence, SequenceBarrier barrier)
    {
        long available = barrier.DependentValue;
        return available >= sequence ? available : WaitSlow(sequence, barrier);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private long WaitSlow(long sequence, SequenceBarrier barrier) => _gate.WaitFor(sequence, barrier, _timeoutTicks);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SignalAllWhenBlocking() => _gate.Signal();
}
