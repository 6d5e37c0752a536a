namespace LowLatency.Core.Agents;

/// <summary>
/// How a long-running loop waits when it found no work: the single place that decides between
/// spinning (colocated, owns a core), yielding and parking (shared machines, CI). Implemented by
/// mutable structs held in a field of the generic runner, so the call is inlined and state is kept.
/// </summary>
public interface IIdleStrategy
{
    /// <summary>Called after each duty cycle; <paramref name="workCount"/> &gt; 0 resets the back-off.</summary>
    void Idle(int workCount);

    /// <summary>Back-off state back to its start (after work was found by other means).</summary>
    void Reset();
}
