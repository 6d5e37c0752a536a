namespace LowLatency.LoadTest.Harness;

/// <summary>How the generator thread waits for the next event's intended time.</summary>
public enum WaitMode
{
    /// <summary>Sleep while the next event is far away and nothing is in flight, yield otherwise (the default: a shared box).</summary>
    Parking,

    /// <summary>Yield the core between checks (lower jitter, a core's worth of CPU when idle).</summary>
    Yielding,

    /// <summary>Spin without yielding: only on a dedicated core (<c>--spin</c>).</summary>
    Spin,
}
