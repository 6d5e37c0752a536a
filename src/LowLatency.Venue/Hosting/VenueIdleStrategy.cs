namespace LowLatency.Venue.Hosting;

/// <summary>How a venue's matching thread waits for work (the idle strategy of its agent runner).</summary>
public enum VenueIdleStrategy
{
    /// <summary>Spin briefly, yield, then sleep until a session queues a command or timed work is due: shared machines, tests, demo.</summary>
    Backoff = 0,

    /// <summary>Yield the core between checks: lower wake-up latency, a busy core.</summary>
    Yielding = 1,

    /// <summary>Spin: lowest latency, burns a dedicated core (latency harnesses on a quiet machine only).</summary>
    BusySpin = 2,
}
