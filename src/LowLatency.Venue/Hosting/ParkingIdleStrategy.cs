using LowLatency.Core.Agents;
using LowLatency.Venue.Gateway;

namespace LowLatency.Venue.Hosting;

/// <summary>
/// <see cref="VenueIdleStrategy.Backoff"/>: spin, then yield, then park on the venue's <see cref="WakeSignal"/> — woken by
/// the reader thread that queues a command or at the next timed work, so a quiet venue costs no CPU and a busy one
/// reacts within microseconds (Core's BackoffIdleStrategy would sleep blind for up to 8 ms).
/// </summary>
internal struct ParkingIdleStrategy : IIdleStrategy
{
    private const int MaxSpins = 100;
    private const int MaxYields = 10;
    private const int MaxParkMilliseconds = 10;

    private readonly WakeSignal _signal;
    private int _spins;
    private int _yields;

    public ParkingIdleStrategy(WakeSignal signal)
    {
        _signal = signal;
        _spins = 0;
        _yields = 0;
    }

    public void Idle(int workCount)
    {
        if (workCount > 0)
        {
            Reset();
            return;
        }

        if (_spins < MaxSpins)
        {
            _spins++;
            Thread.SpinWait(1);
        }
        else if (_yields < MaxYields)
        {
            _yields++;
            Thread.Yield();
        }
        else
        {
            _signal.Park(MaxParkMilliseconds);
        }
    }

    public void Reset()
    {
        _spins = 0;
        _yields = 0;
    }
}
