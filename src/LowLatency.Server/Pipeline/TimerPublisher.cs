using LowLatency.Core.Time;
using LowLatency.Ring;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// Publishes a <see cref="InboundKind.Timer"/> event into the inbound ring every interval from its own thread
/// ("ll-timer"), so the decision stage's timed work is ordered with market data and recorded for replay, whatever
/// the wait strategy. Skips a tick rather than blocking when the ring is full (the next one comes soon).
/// </summary>
public sealed class TimerPublisher : IDisposable
{
    private readonly RingBuffer<InboundEvent> _ring;
    private readonly TimeSpan _interval;
    private readonly ManualResetEventSlim _stop = new(false);
    private readonly Thread _thread;
    private long _ticks;
    private long _skipped;

    public TimerPublisher(RingBuffer<InboundEvent> ring, TimeSpan interval)
    {
        _ring = ring;
        _interval = interval;
        _thread = new Thread(Run) { IsBackground = true, Name = "ll-timer" };
    }

    public long Ticks => Volatile.Read(ref _ticks);

    public long Skipped => Volatile.Read(ref _skipped);

    public void Start() => _thread.Start();

    /// <summary>Publishes one timer event now (tests, shutdown); false when the ring is full.</summary>
    public bool Tick()
    {
        if (!_ring.TryNext(out long sequence))
        {
            Interlocked.Increment(ref _skipped);
            return false;
        }

        ref InboundEvent e = ref _ring[sequence];
        e.Kind = InboundKind.Timer;
        e.VenueIndex = -1;
        e.TimestampNs = MonotonicClock.NowNanoseconds();
        e.SourceSequence = Interlocked.Increment(ref _ticks);
        _ring.Publish(sequence);
        return true;
    }

    public void Dispose()
    {
        _stop.Set();
        if (_thread.IsAlive)
        {
            _thread.Join();
        }

        _stop.Dispose();
    }

    private void Run()
    {
        while (!_stop.Wait(_interval))
        {
            Tick();
        }
    }
}
