namespace LowLatency.Model.Intents;

/// <summary>
/// The rule behind a hedge intent or collateral transfer, for the journal, logs, metrics and dashboard.
/// Numbered explicitly: journals persist the number.
/// </summary>
public enum RebalanceReason : ushort
{
    None = 0,

    // Threshold bands around target weights.
    WeightAbsoluteBand = 10,
    WeightRelativeBand = 11,
    CalendarRebalance = 12,

    // Delta hedging.
    DeltaBand = 20,
    GammaAwareDeltaBand = 21,
    CrossHedge = 22,

    // Target leverage.
    LeverageAboveMax = 30,
    LeverageBelowMin = 31,
    LeverageRipcord = 32,

    // Liquidation protection, by escalating level.
    LiquidationAddCollateral = 40,
    LiquidationReduceExposure = 41,
    LiquidationFull = 42,

    // Impact-aware slicing of a larger decision.
    ImpactSlice = 50,

    // Manual / operator.
    Manual = 90,
}
