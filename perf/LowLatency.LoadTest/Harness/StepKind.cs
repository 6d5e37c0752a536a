namespace LowLatency.LoadTest.Harness;

/// <summary>What a scenario step is for: the report judges every step but the warm-up against the thresholds.</summary>
public enum StepKind
{
    /// <summary>JIT, buffers, connections and caches settle; reported, never judged.</summary>
    WarmUp,

    /// <summary>The rate climbs linearly from <see cref="LoadStep.StartRate"/> to <see cref="LoadStep.Rate"/>.</summary>
    Ramp,

    /// <summary>A steady rate.</summary>
    Constant,

    /// <summary>A short burst above the steady rate (does the system recover, and what happens to the tail?).</summary>
    Spike,

    /// <summary>A long steady rate reported every interval (leaks, GC, drift).</summary>
    Soak,
}
