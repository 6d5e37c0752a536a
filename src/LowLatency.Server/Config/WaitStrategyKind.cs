namespace LowLatency.Server.Config;

/// <summary>How the ring stage threads wait for work (maps to the Ring wait strategies; see <c>[SERVER] WaitStrategy</c>).</summary>
public enum WaitStrategyKind
{
    /// <summary>Park on a condition: lowest CPU, microseconds of wake-up; the default for shared machines and CI.</summary>
    Blocking,

    /// <summary>Spin briefly then yield the core.</summary>
    Yielding,

    /// <summary>Spin, yield, then sleep briefly.</summary>
    Sleeping,

    /// <summary>Spin on a dedicated core: lowest latency; only with one core per stage (pin them).</summary>
    BusySpin,
}
