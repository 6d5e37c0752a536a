using LowLatency.Ring.Barriers;

namespace LowLatency.Ring.WaitStrategies;

/// <summary>
/// How a consumer waits for a sequence to become available: the one place that trades latency for CPU.
/// Implemented by readonly structs so an event processor generic over the strategy gets the wait loop
/// specialised and inlined; copies of a strategy must share any state (the blocking ones share a gate
/// object), because the ring, the barrier and each processor hold their own copy.
/// </summary>
public interface IWaitStrategy
{
    /// <summary>
    /// True when waiters may sleep on a condition, so every publish must call
    /// <see cref="SignalAllWhenBlocking"/>. The sequencers read this once at construction and skip the
    /// signal call entirely for spinning strategies.
    /// </summary>
    bool IsBlockingStrategy { get; }

    /// <summary>
    /// Waits until the barrier's dependent sequence (the cursor, or the slowest upstream stage) reaches
    /// <paramref name="sequence"/> and returns it (possibly higher: that is a batch). Returns
    /// <see cref="WaitResult.Alerted"/> when the barrier is alerted (halt) and <see cref="WaitResult.Timeout"/>
    /// when a timeout strategy gave up; both are negative, so callers test <c>available &gt;= sequence</c> first.
    /// </summary>
    long WaitFor(long sequence, SequenceBarrier barrier);

    /// <summary>Wakes every waiter parked on this strategy (after a publish, or an alert).</summary>
    void SignalAllWhenBlocking();
}
