namespace LowLatency.Rebalancing.Config;

/// <summary>
/// Liquidation protection (section <c>[LIQUIDATION]</c>) on the margin ratio MR = equity / maintenance margin
/// (the venue liquidates at 1). Level 1 at MR ≤ AddCollateralBelow moves collateral from the reserve; level 2 at
/// MR ≤ ReduceBelow also closes positions (in <see cref="Order"/>) until MR reaches ReduceTarget; level 3 at
/// MR ≤ FullBelow closes everything. A level is left only once MR ≥ its threshold + Hysteresis.
/// </summary>
public sealed record LiquidationConfig
{
    public const string SectionName = "LIQUIDATION";

    public double AddCollateralBelow { get; init; } = 1.6;

    public double ReduceBelow { get; init; } = 1.3;

    public double FullBelow { get; init; } = 1.1;

    /// <summary>MR must rise this far above a level's threshold before the level is left (no oscillation).</summary>
    public double Hysteresis { get; init; } = 0.1;

    /// <summary>Collateral available in the reserve (account currency).</summary>
    public double Reserve { get; init; }

    /// <summary>MR a collateral transfer aims for.</summary>
    public double CollateralTarget { get; init; } = 2.0;

    /// <summary>MR the reduction aims for.</summary>
    public double ReduceTarget { get; init; } = 1.6;

    public ReductionOrder Order { get; init; } = ReductionOrder.LosingFirst;

    /// <summary>Minimum time between two collateral requests or two reduction rounds while a level persists.</summary>
    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(1);

    internal void Validate(ConfigIssues issues)
    {
        const string S = SectionName;
        issues.Range(S, -1, nameof(AddCollateralBelow), AddCollateralBelow, 0.01, 100);
        issues.Range(S, -1, nameof(ReduceBelow), ReduceBelow, 0.01, 100);
        issues.Range(S, -1, nameof(FullBelow), FullBelow, 0.01, 100);
        if (!(AddCollateralBelow > ReduceBelow && ReduceBelow > FullBelow))
        {
            issues.Add(S, -1, nameof(ReduceBelow), $"levels must fall strictly: AddCollateralBelow {ConfigIssues.F(AddCollateralBelow)} > ReduceBelow {ConfigIssues.F(ReduceBelow)} > FullBelow {ConfigIssues.F(FullBelow)}");
        }

        issues.Positive(S, -1, nameof(Hysteresis), Hysteresis, 10);
        issues.Range(S, -1, nameof(Reserve), Reserve, 0, 1e15);
        issues.Range(S, -1, nameof(CollateralTarget), CollateralTarget, 0.01, 100);
        issues.Range(S, -1, nameof(ReduceTarget), ReduceTarget, 0.01, 100);
        if (!(CollateralTarget >= AddCollateralBelow + Hysteresis))
        {
            issues.Add(S, -1, nameof(CollateralTarget), $"must be at least AddCollateralBelow + Hysteresis ({ConfigIssues.F(AddCollateralBelow + Hysteresis)}) so a transfer ends the level, got {ConfigIssues.F(CollateralTarget)}");
        }

        if (!(ReduceTarget >= ReduceBelow + Hysteresis))
        {
            issues.Add(S, -1, nameof(ReduceTarget), $"must be at least ReduceBelow + Hysteresis ({ConfigIssues.F(ReduceBelow + Hysteresis)}) so a reduction ends the level, got {ConfigIssues.F(ReduceTarget)}");
        }

        if (!Enum.IsDefined(Order))
        {
            issues.Add(S, -1, nameof(Order), $"unknown value {Order}");
        }

        issues.Duration(S, -1, nameof(RetryInterval), RetryInterval, TimeSpan.Zero, TimeSpan.FromHours(1));
    }
}
