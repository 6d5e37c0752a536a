using LowLatency.Model.Intents;
using LowLatency.Rebalancing.Config;

namespace LowLatency.Rebalancing.Weights;

/// <summary>The weight policy's rules, per-underlying lookup and calendar state.</summary>
internal sealed class WeightsState
{
    public WeightsState(WeightRule[] rules, int[] ruleByUnderlying, WeightsConfig config)
    {
        Rules = rules;
        RuleByUnderlying = ruleByUnderlying;
        Schedule = config.Schedule;
        TradeTo = config.TradeTo;
        MinTradeNotional = config.MinTradeNotional;
        Urgency = config.Urgency;
        PeriodNs = config.CalendarPeriod.Ticks * 100;
        OffsetNs = config.CalendarOffset.Ticks * 100;
    }

    public readonly WeightRule[] Rules;
    public readonly int[] RuleByUnderlying;
    public readonly RebalanceSchedule Schedule;
    public readonly TradeTo TradeTo;
    public readonly double MinTradeNotional;
    public readonly ExecutionUrgency Urgency;
    public readonly long PeriodNs;
    public readonly long OffsetNs;

    /// <summary>UTC of the next calendar boundary; MinValue until the first decision fixes it.</summary>
    public long NextBoundaryUtcNs = long.MinValue;

    /// <summary>Rules still owed a calendar check (bit per rule).</summary>
    public ulong Due;

    public long CalendarChecks;

    /// <summary>The first boundary strictly after <paramref name="utcNs"/>.</summary>
    public long BoundaryAfter(long utcNs)
    {
        long k = Math.DivRem(utcNs - OffsetNs, PeriodNs, out long rem);
        if (rem < 0)
        {
            k--;
        }

        return (k + 1) * PeriodNs + OffsetNs;
    }
}
