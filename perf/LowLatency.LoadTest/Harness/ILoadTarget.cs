namespace LowLatency.LoadTest.Harness;

/// <summary>What the <see cref="RateGenerator"/> drives: a system under test that accepts one event at a time.</summary>
public interface ILoadTarget
{
    /// <summary>
    /// Sends one event due at <paramref name="intendedNs"/> (monotonic ns). Latency is measured from that time, not
    /// from now. Returns false when the event was dropped (the system refused it without waiting).
    /// </summary>
    bool Send(long intendedNs);

    /// <summary>Collects completions observed so far (called between sends and while waiting); true while some are outstanding.</summary>
    bool Poll(long nowNs);
}
