using LowLatency.Rebalancing.Config;

namespace LowLatency.Rebalancing.Liquidation;

/// <summary>
/// The level state machine with hysteresis, separate from the actions so its thresholds can be tested exactly:
/// level k is entered at MR ≤ threshold_k (inclusive: exactly at the threshold triggers, one ulp above does not)
/// and kept while MR &lt; threshold_k + hysteresis, so a margin ratio hovering at a threshold never flips the level.
/// </summary>
public readonly struct ProtectionLevels
{
    private readonly double _add;
    private readonly double _reduce;
    private readonly double _full;
    private readonly double _hysteresis;

    public ProtectionLevels(LiquidationConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _add = config.AddCollateralBelow;
        _reduce = config.ReduceBelow;
        _full = config.FullBelow;
        _hysteresis = config.Hysteresis;
    }

    /// <summary>The threshold of <paramref name="level"/> (∞ for Normal).</summary>
    public double Threshold(ProtectionLevel level) => level switch
    {
        ProtectionLevel.AddCollateral => _add,
        ProtectionLevel.ReduceExposure => _reduce,
        ProtectionLevel.FullLiquidation => _full,
        _ => double.PositiveInfinity,
    };

    /// <summary>The level after observing <paramref name="marginRatio"/> in <paramref name="current"/>; a NaN ratio changes nothing.</summary>
    public ProtectionLevel Next(ProtectionLevel current, double marginRatio)
    {
        if (double.IsNaN(marginRatio))
        {
            return current;
        }

        ProtectionLevel escalated = marginRatio <= _full ? ProtectionLevel.FullLiquidation
            : marginRatio <= _reduce ? ProtectionLevel.ReduceExposure
            : marginRatio <= _add ? ProtectionLevel.AddCollateral
            : ProtectionLevel.Normal;
        ProtectionLevel sticky = ProtectionLevel.Normal;
        for (ProtectionLevel k = current; k > ProtectionLevel.Normal; k--)
        {
            if (marginRatio < Threshold(k) + _hysteresis)
            {
                sticky = k;
                break;
            }
        }

        return escalated > sticky ? escalated : sticky;
    }
}
