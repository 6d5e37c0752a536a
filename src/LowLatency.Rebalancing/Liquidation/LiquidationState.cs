using LowLatency.Rebalancing.Config;

namespace LowLatency.Rebalancing.Liquidation;

/// <summary>Liquidation protection's settings (ns), state and preallocated ordering buffers.</summary>
internal sealed class LiquidationState
{
    public LiquidationState(LiquidationConfig config, int instruments)
    {
        Levels = new ProtectionLevels(config);
        Reserve = config.Reserve;
        CollateralTarget = config.CollateralTarget;
        ReduceTarget = config.ReduceTarget;
        Order = config.Order;
        RetryNs = config.RetryInterval.Ticks * 100;
        Slots = new int[instruments];
        Keys = new double[instruments];
        Margins = new double[instruments];
    }

    public readonly ProtectionLevels Levels;
    public readonly double CollateralTarget;
    public readonly double ReduceTarget;
    public readonly ReductionOrder Order;
    public readonly long RetryNs;

    // Rare-path scratch (reduction ordering), sized once.
    public readonly int[] Slots;
    public readonly double[] Keys;
    public readonly double[] Margins;

    public double Reserve;
    public ProtectionLevel Level;
    public long NextCollateralNs = long.MinValue;
    public long NextReduceNs = long.MinValue;
    public double LastMarginRatio = double.PositiveInfinity;
    public double CollateralRequested;
    public long Transfers;
    public long ReductionRounds;
    public long Escalations;
}
