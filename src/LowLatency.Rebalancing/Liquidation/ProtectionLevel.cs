namespace LowLatency.Rebalancing.Liquidation;

/// <summary>Escalating liquidation-protection levels (numbers are ordered: a higher level includes the lower actions).</summary>
public enum ProtectionLevel : byte
{
    Normal = 0,

    /// <summary>Margin ratio ≤ AddCollateralBelow: collateral from the reserve; lower policies reduce-only.</summary>
    AddCollateral = 1,

    /// <summary>Margin ratio ≤ ReduceBelow: also close positions until ReduceTarget; lower policies halted.</summary>
    ReduceExposure = 2,

    /// <summary>Margin ratio ≤ FullBelow: close everything at once.</summary>
    FullLiquidation = 3,
}
