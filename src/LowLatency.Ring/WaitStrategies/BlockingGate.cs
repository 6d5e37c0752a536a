using System.Diagnostics;
using System.Runtime.CompilerServices;
using LowLatency.Ring.Barriers;

namespace LowLatency.Ring.WaitStrategies;

/// <summary>
/// The monitor shared by every copy of a blocking wait strategy: consumers park on it until their
/// dependent sequence reaches the one they need; producers wake them after a publish, and event
/// processors after each batch (so a downstream stage parks instead of spinning on a slow upstream).
/// </summary>
/// <remarks>
/// The producer does not take the lock on every publish. Protocol (Dekker): a waiter increments
/// <see cref="_waiters"/> (Interlocked = full fence) and only then re-reads the cursor and the alert flag;
/// a publisher stores the cursor or its processed sequence (release), issues a full fence, and only then reads the waiter count.
/// With a full fence on both sides at least one of them sees the other's write, so either the waiter
/// sees the new value and does not sleep, or the publisher sees the waiter and pulses under the lock,
/// which it can only take once the waiter is inside <see cref="Monitor.Wait(object)"/>. No lost wake-up,
/// and a publish with nobody parked costs one fence instead of a lock round trip.
/// </remarks>
internal sealed class BlockingGate
{
    private readonly object _lock = new();

    // A padded counter: read by the producer on every publish, written only by consumers going to sleep.
    private readonly Sequence _waiters = new(0);

    /// <summary>
    /// Parks until the barrier's dependent sequence (the cursor, or the slowest upstream stage, which
    /// also signals after each batch) reaches <paramref name="sequence"/>; returns it, or a
    /// <see cref="WaitResult"/> sentinel. <paramref name="timeoutTicks"/> &lt; 0 waits forever.
    /// </summary>
    public long WaitFor(long sequence, SequenceBarrier barrier, long timeoutTicks)
    {
        long deadline = timeoutTicks < 0 ? long.MaxValue : Stopwatch.GetTimestamp() + timeoutTicks;
        long available;
        lock (_lock)
        {
            _waiters.IncrementAndGet(); // full fence: the reads below cannot move above the increment
            try
            {
                while ((available = barrier.DependentValue) < sequence)
                {
                    if (barrier.IsAlerted)
                    {
                        return WaitResult.Alerted;
                    }

                    if (deadline == long.MaxValue)
                    {
                        Monitor.Wait(_lock);
                    }
                    else
                    {
                        long remaining = deadline - Stopwatch.GetTimestamp();
                        if (remaining <= 0)
                        {
                            return WaitResult.Timeout;
                        }

                        // Monitor.Wait has millisecond resolution: round up so we never wake early and spin.
                        long ms = ((remaining * 1000) + Stopwatch.Frequency - 1) / Stopwatch.Frequency;
                        Monitor.Wait(_lock, (int)Math.Min(ms, int.MaxValue));
                    }
                }
            }
            finally
            {
                _waiters.AddAndGet(-1);
            }
        }

        return available;
    }

    /// <summary>Called after a publish (or an alert): wakes the parked consumers, if any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Signal()
    {
        // StoreLoad fence: the caller's cursor/availability store must be visible before the waiter count
        // is read (pairs with the waiter's Interlocked increment; see the remarks above).
        Interlocked.MemoryBarrier();
        if (_waiters.Value != 0)
        {
            SignalSlow();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SignalSlow()
    {
        lock (_lock)
        {
            Monitor.PulseAll(_lock);
        }
    }
}
