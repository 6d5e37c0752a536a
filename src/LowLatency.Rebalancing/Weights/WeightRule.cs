using LowLatency.Model.Intents;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Universe;

namespace LowLatency.Rebalancing.Weights;

/// <summary>One [TARGET] resolved to slots with its effective bands, plus what it last saw.</summary>
internal sealed class WeightRule
{
    public WeightRule(int index, WeightTargetConfig target, WeightsConfig policy, HedgeUniverse universe)
    {
        Index = index;
        PolicyId = Policies.PolicyIds.Weights + index;
        UnderlyingSlot = universe.UnderlyingSlotOf(target.Underlying);
        BookGroup = universe.BookGroup[UnderlyingSlot];
        Slot = universe.SlotOf(target.Instrument);
        Weight = target.Weight;
        double absolute = double.IsNaN(target.AbsoluteBand) ? policy.AbsoluteBand : target.AbsoluteBand;
        double relative = double.IsNaN(target.RelativeBand) ? policy.RelativeBand : target.RelativeBand;
        double a = absolute > 0 ? absolute : double.PositiveInfinity;
        double r = relative > 0 && Weight != 0 ? relative * Math.Abs(Weight) : double.PositiveInfinity;
        HalfWidth = Math.Min(a, r);
        Reason = a <= r ? RebalanceReason.WeightAbsoluteBand : RebalanceReason.WeightRelativeBand;
        LastWeight = double.NaN;
    }

    public readonly int Index;
    public readonly int PolicyId;
    public readonly int UnderlyingSlot;
    public readonly int BookGroup;
    public readonly int Slot;
    public readonly double Weight;

    /// <summary>min(absolute, relative·|target|): the tighter of the two bands.</summary>
    public readonly double HalfWidth;

    /// <summary>Which band is the binding one (the reason code of its trades).</summary>
    public readonly RebalanceReason Reason;

    public double LastWeight;
    public long Trades;
    public long NextSliceNs = long.MinValue;
}
