using LowLatency.Core.Time;

namespace LowLatency.Venue.Gateway;

// Lost wake-ups are impossible (Dekker-style): the producer publishes its command, then a full fence, then
// reads _parked; the matching thread writes _parked = 1 with Interlocked.Exchange (a full fence), then looks
// at the queue. At least one of them sees the other's write: either the producer sets the event, or the
// matching thread sees the command and does not wait. The event is reset before _parked is raised, so a Set
// that follows the raise is never wiped out.

/// <summary>
/// Lets the venue's matching thread sleep when it has nothing to do and be woken by the session reader thread that
/// queues a command, instead of parking blind for milliseconds: on a shared 2-core box a spinning matching thread
/// would steal the core the reader needs. Timed work (liquidity steps, delayed messages) sets <see cref="DeadlineNanoseconds"/>.
/// </summary>
internal sealed class WakeSignal
{
    private readonly ManualResetEventSlim _event = new(false, 0);
    private readonly CommandQueue _queue;
    private readonly IClock _clock;
    private int _parked;

    public WakeSignal(CommandQueue queue, IClock clock)
    {
        _queue = queue;
        _clock = clock;
    }

    /// <summary>Monotonic time of the next timed work of the matching thread (long.MaxValue: none). Matching thread only.</summary>
    public long DeadlineNanoseconds { get; set; } = long.MaxValue;

    /// <summary>Producer side, after a successful enqueue: wakes the matching thread if it is parked.</summary>
    public void Wake()
    {
        Interlocked.MemoryBarrier(); // order the slot's publication before the read of _parked (StoreLoad)
        if (Volatile.Read(ref _parked) != 0)
        {
            _event.Set();
        }
    }

    /// <summary>Matching thread: sleeps until woken, the deadline, or <paramref name="maxMilliseconds"/>, unless work is already queued.</summary>
    public void Park(int maxMilliseconds)
    {
        long deadline = DeadlineNanoseconds;
        int wait = maxMilliseconds;
        if (deadline != long.MaxValue)
        {
            long untilDeadline = deadline - _clock.MonotonicNanoseconds();
            if (untilDeadline <= 0)
            {
                return;
            }

            wait = (int)Math.Min(wait, (untilDeadline + 999_999) / 1_000_000);
        }

        _event.Reset();
        Interlocked.Exchange(ref _parked, 1);
        if (_queue.IsEmpty)
        {
            _event.Wait(wait);
        }

        Volatile.Write(ref _parked, 0);
    }

    /// <summary>Wakes the thread for shutdown or an operator request.</summary>
    public void WakeNow() => _event.Set();
}
