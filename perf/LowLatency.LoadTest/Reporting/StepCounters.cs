namespace LowLatency.LoadTest.Reporting;

/// <summary>
/// What the system did during a step (deltas of its counters): orders sent, fills, rejects (venue or local), risk
/// refusals, kill-switch trips, events that found the ingress full and waited (back-pressure), plus scenario extras.
/// </summary>
public sealed record StepCounters
{
    public long Orders { get; init; }

    public long Fills { get; init; }

    public long Rejects { get; init; }

    public long RiskRefusals { get; init; }

    public long KillSwitches { get; init; }

    /// <summary>Events that found the system's ingress full and had to wait for room (they were not lost).</summary>
    public long BackPressured { get; init; }

    /// <summary>Events the system's own sources offered in the step (scenarios not driven by the generator); null: the generator's schedule.</summary>
    public long? OfferedEvents { get; init; }

    /// <summary>Events the system handled in the step (with <see cref="OfferedEvents"/>); null: the generator's sends.</summary>
    public long? AchievedEvents { get; init; }

    /// <summary>Scenario-specific counters (name → delta), printed after the table.</summary>
    public IReadOnlyDictionary<string, long> Extra { get; init; } = new Dictionary<string, long>();
}
