namespace LowLatency.Rebalancing.Config;

/// <summary>
/// One target weight (section <c>[TARGET]</c>): the underlying's delta-adjusted exposure as a fraction of equity,
/// and the linear instrument traded to keep it there. Bands default to <see cref="WeightsConfig"/>'s.
/// </summary>
public sealed record WeightTargetConfig
{
    public const string SectionName = "TARGET";

    /// <summary>Symbol of the underlying whose weight is managed.</summary>
    public required string Underlying { get; init; }

    /// <summary>Symbol of the linear instrument (spot, perpetual or future on that underlying) that is traded.</summary>
    public required string Instrument { get; init; }

    /// <summary>Target weight (signed; 0.6 = long 60% of equity, −0.2 = short 20%).</summary>
    public required double Weight { get; init; }

    /// <summary>Own absolute band; NaN inherits [WEIGHTS].</summary>
    public double AbsoluteBand { get; init; } = double.NaN;

    /// <summary>Own relative band; NaN inherits [WEIGHTS].</summary>
    public double RelativeBand { get; init; } = double.NaN;

    internal void Validate(ConfigIssues issues, int index, WeightsConfig policy)
    {
        const string S = SectionName;
        issues.Range(S, index, nameof(Weight), Weight, -10, 10);
        if (!double.IsNaN(AbsoluteBand))
        {
            issues.Range(S, index, nameof(AbsoluteBand), AbsoluteBand, 0, 10);
        }

        if (!double.IsNaN(RelativeBand))
        {
            issues.Range(S, index, nameof(RelativeBand), RelativeBand, 0, 10);
        }

        double a = double.IsNaN(AbsoluteBand) ? policy.AbsoluteBand : AbsoluteBand;
        double r = double.IsNaN(RelativeBand) ? policy.RelativeBand : RelativeBand;
        if (a == 0 && (r == 0 || Weight == 0))
        {
            issues.Add(S, index, nameof(AbsoluteBand), $"the band of {Underlying} has zero width (absolute 0 and relative {ConfigIssues.F(r)} of target {ConfigIssues.F(Weight)})");
        }
    }
}
