namespace LowLatency.LoadTest.Harness;

/// <summary>
/// One step of a scenario: a target rate (events/s) held for a duration; a <see cref="StepKind.Ramp"/> climbs linearly
/// from <see cref="StartRate"/> to <see cref="Rate"/>. A rate of 0 sends nothing (the system's own sources drive it).
/// </summary>
public sealed record LoadStep
{
    public LoadStep(string name, StepKind kind, double rate, TimeSpan duration, double? startRate = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!(rate >= 0) || double.IsInfinity(rate))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "a step's rate is a finite number of events per second ≥ 0");
        }

        if (duration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "a step lasts longer than zero");
        }

        double start = startRate ?? rate;
        if (!(start >= 0) || double.IsInfinity(start))
        {
            throw new ArgumentOutOfRangeException(nameof(startRate), startRate, "a ramp starts at a finite rate ≥ 0");
        }

        Name = name;
        Kind = kind;
        Rate = rate;
        Duration = duration;
        StartRate = kind == StepKind.Ramp ? start : rate;
    }

    public string Name { get; }

    public StepKind Kind { get; }

    /// <summary>Events per second (at the end of a ramp).</summary>
    public double Rate { get; }

    /// <summary>Events per second at the start (differs from <see cref="Rate"/> only for a ramp).</summary>
    public double StartRate { get; }

    public TimeSpan Duration { get; }

    /// <summary>False for the warm-up: reported but not judged.</summary>
    public bool IsJudged => Kind != StepKind.WarmUp;

    /// <summary>Events the step offers in total (the area under its rate line).</summary>
    public long OfferedEvents => (long)Math.Floor((StartRate + Rate) / 2 * Duration.TotalSeconds);

    /// <summary>The mean offered rate (events/s).</summary>
    public double MeanRate => (StartRate + Rate) / 2;
}
