namespace LowLatency.Rebalancing.Config;

/// <summary>
/// Impact-aware sizing and order pricing (section <c>[IMPACT]</c>): slicing of orders whose square-root-law
/// impact would exceed MaxImpactBps, the limit price of Aggressive orders, and the carry horizon of the cost model.
/// </summary>
public sealed record ImpactConfig
{
    public const string SectionName = "IMPACT";

    /// <summary>Largest acceptable impact of one order, in basis points of its price (0 = never slice).</summary>
    public double MaxImpactBps { get; init; } = 25;

    /// <summary>Minimum time between two slices on one underlying (lets the impact decay).</summary>
    public TimeSpan SliceInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Aggressive orders are limited at mid ± (half spread + this many bps); 0 leaves the price to the router.</summary>
    public double MaxSlippageBps { get; init; } = 20;

    /// <summary>Expected holding period of a hedge, in days, over which carry (perpetual funding) is charged.</summary>
    public double HoldingDays { get; init; } = 1;

    internal void Validate(ConfigIssues issues)
    {
        const string S = SectionName;
        issues.Range(S, -1, nameof(MaxImpactBps), MaxImpactBps, 0, 10_000);
        issues.Duration(S, -1, nameof(SliceInterval), SliceInterval, TimeSpan.Zero, TimeSpan.FromHours(1));
        issues.Range(S, -1, nameof(MaxSlippageBps), MaxSlippageBps, 0, 10_000);
        issues.Range(S, -1, nameof(HoldingDays), HoldingDays, 0, 3650);
    }
}
