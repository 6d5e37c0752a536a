using LowLatency.Model.Intents;
using LowLatency.Rebalancing.Config;

namespace LowLatency.Rebalancing.Leverage;

/// <summary>The target-leverage policy's settings (ns) and mutable state, one object per portfolio.</summary>
internal sealed class LeverageState
{
    public LeverageState(LeverageConfig config, int[] legs)
    {
        Min = config.Min;
        Target = config.Target;
        Max = config.Max;
        Ripcord = config.Ripcord;
        Legs = legs;
        MaxTradeNotional = config.MaxTradeNotional;
        ChunkIntervalNs = config.ChunkInterval.Ticks * 100;
        CooldownNs = config.Cooldown.Ticks * 100;
        Urgency = config.Urgency;
    }

    public readonly double Min;
    public readonly double Target;
    public readonly double Max;
    public readonly double Ripcord;
    public readonly int[] Legs;
    public readonly double MaxTradeNotional;
    public readonly long ChunkIntervalNs;
    public readonly long CooldownNs;
    public readonly ExecutionUrgency Urgency;

    public LeverageCampaign Campaign;
    public long NextChunkNs;
    public long CooldownUntilNs = long.MinValue;
    public double LastLeverage;
    public long Ripcords;
    public long Campaigns;
}
