using LowLatency.LoadTest.Harness;

namespace LowLatency.LoadTest.Reporting;

/// <summary>Everything measured in one step, with its verdicts against the thresholds (none for the warm-up).</summary>
public sealed record StepResult
{
    public required LoadStep Step { get; init; }

    public required GeneratorResult Generator { get; init; }

    /// <summary>When the step started (the histograms' interval start in the .hlog).</summary>
    public DateTimeOffset StartedUtc { get; init; }

    /// <summary>Seconds the step really lasted (the generator's time plus the drain).</summary>
    public required double Seconds { get; init; }

    public required IReadOnlyList<LatencyChannel> Channels { get; init; }

    public required StepCounters Counters { get; init; }

    public required GcFigures Gc { get; init; }

    public IReadOnlyList<Verdict> Verdicts { get; init; } = [];

    /// <summary>The mean rate the schedule offered (events/s), or the system's own sources' when they drive it.</summary>
    public double OfferedRate => Counters.OfferedEvents is { } n ? (Seconds > 0 ? n / Seconds : 0) : Step.MeanRate;

    /// <summary>Events sent per second, or handled by the system when its own sources drive it.</summary>
    public double AchievedRate => Counters.AchievedEvents is { } n ? (Seconds > 0 ? n / Seconds : 0) : Generator.AchievedRate;

    public double OrdersPerSecond => Seconds > 0 ? Counters.Orders / Seconds : 0;

    /// <summary>False when a verdict failed; steps without data or the warm-up pass.</summary>
    public bool Passed
    {
        get
        {
            foreach (Verdict v in Verdicts)
            {
                if (v.Passed == false)
                {
                    return false;
                }
            }

            return true;
        }
    }

    public LatencyChannel? Channel(string name)
    {
        foreach (LatencyChannel c in Channels)
        {
            if (string.Equals(c.Name, name, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return null;
    }
}
