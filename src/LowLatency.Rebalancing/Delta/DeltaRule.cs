using LowLatency.Model.Intents;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Estimators;
using LowLatency.Rebalancing.Universe;

namespace LowLatency.Rebalancing.Delta;

/// <summary>
/// One [DELTA] section resolved to slots, plus its state: the band last used and the delta it saw (for
/// dashboards and backtests) and when the next impact slice may go. Cold-built, read and written on the hot path.
/// </summary>
internal sealed class DeltaRule
{
    public DeltaRule(int index, DeltaHedgeConfig config, HedgeUniverse universe, int[] hedges, int[] crossHedges, CrossHedgeRatio[] ratios)
    {
        Index = index;
        PolicyId = Policies.PolicyIds.Delta + index;
        UnderlyingSlot = universe.UnderlyingSlotOf(config.Underlying);
        BookGroup = universe.BookGroup[UnderlyingSlot];
        Kind = config.Band;
        HalfWidthUnits = config.HalfWidth;
        HalfWidthCurrency = config.HalfWidthCurrency;
        RiskAversion = config.RiskAversion;
        MinHalfWidth = config.MinHalfWidth;
        MaxHalfWidth = config.MaxHalfWidth;
        Target = config.TargetDelta;
        TradeTo = config.TradeTo;
        MinTradeNotional = config.MinTradeNotional;
        Urgency = config.Urgency;
        MinHedgeRatio = config.MinHedgeRatio;
        Hedges = hedges;
        CrossHedges = crossHedges;
        Ratios = ratios;
        Reason = config.Band == DeltaBandKind.GammaAware ? RebalanceReason.GammaAwareDeltaBand : RebalanceReason.DeltaBand;
        LastHalfWidth = double.NaN;
        LastDelta = double.NaN;
    }

    public readonly int Index;
    public readonly int PolicyId;
    public readonly int UnderlyingSlot;
    public readonly int BookGroup;
    public readonly DeltaBandKind Kind;
    public readonly double HalfWidthUnits;
    public readonly double HalfWidthCurrency;
    public readonly double RiskAversion;
    public readonly double MinHalfWidth;
    public readonly double MaxHalfWidth;
    public readonly double Target;
    public readonly TradeTo TradeTo;
    public readonly double MinTradeNotional;
    public readonly ExecutionUrgency Urgency;
    public readonly double MinHedgeRatio;
    public readonly RebalanceReason Reason;
    public readonly int[] Hedges;
    public readonly int[] CrossHedges;
    public readonly CrossHedgeRatio[] Ratios;

    // State.
    public double LastHalfWidth;
    public double LastDelta;
    public long NextSliceNs = long.MinValue;
    public long Trades;
}
