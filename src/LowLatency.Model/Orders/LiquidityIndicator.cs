namespace LowLatency.Model.Orders;

/// <summary>
/// Whether a fill added or removed liquidity (FIX LastLiquidityInd(851) in spirit): it decides the
/// maker or taker fee and feeds execution-quality metrics.
/// </summary>
public enum LiquidityIndicator : byte
{
    /// <summary>Not a fill, or unknown.</summary>
    None = 0,

    /// <summary>The resting (passive) side of a trade.</summary>
    Maker = 1,

    /// <summary>The incoming (aggressive) side of a trade.</summary>
    Taker = 2,
}
