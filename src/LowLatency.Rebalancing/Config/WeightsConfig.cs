using LowLatency.Model.Intents;

namespace LowLatency.Rebalancing.Config;

/// <summary>
/// The threshold-band weight policy as a whole (section <c>[WEIGHTS]</c>): bands around each target weight
/// (weight = delta-adjusted exposure / equity), where to trade back to, and when to check.
/// </summary>
/// <remarks>
/// A weight is out of band when |w − w*| exceeds the half-width h = min(AbsoluteBand, RelativeBand·|w*|), a
/// band set to 0 being disabled (the "5/25" rule: 5 percentage points or 25% of the target, whichever is
/// tighter). At least one of the two must be enabled.
/// </remarks>
public sealed record WeightsConfig
{
    public const string SectionName = "WEIGHTS";

    /// <summary>Absolute half-width in weight units (0.05 = ±5 percentage points of equity); 0 disables.</summary>
    public double AbsoluteBand { get; init; } = 0.05;

    /// <summary>Relative half-width as a fraction of |target| (0.25 = ±25%); 0 disables.</summary>
    public double RelativeBand { get; init; } = 0.25;

    public TradeTo TradeTo { get; init; } = TradeTo.BandEdge;

    public RebalanceSchedule Schedule { get; init; } = RebalanceSchedule.Threshold;

    /// <summary>Calendar period (Calendar and Hybrid), boundaries aligned on UTC epoch multiples plus <see cref="CalendarOffset"/>.</summary>
    public TimeSpan CalendarPeriod { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Shift of the calendar boundaries (e.g. 08:00 for a daily check at 08:00 UTC).</summary>
    public TimeSpan CalendarOffset { get; init; }

    /// <summary>Orders below this notional are not sent (they cost more than the drift they fix).</summary>
    public double MinTradeNotional { get; init; }

    public ExecutionUrgency Urgency { get; init; } = ExecutionUrgency.Passive;

    internal void Validate(ConfigIssues issues)
    {
        const string S = SectionName;
        issues.Range(S, -1, nameof(AbsoluteBand), AbsoluteBand, 0, 10);
        issues.Range(S, -1, nameof(RelativeBand), RelativeBand, 0, 10);
        if (AbsoluteBand == 0 && RelativeBand == 0)
        {
            issues.Add(S, -1, nameof(AbsoluteBand), "AbsoluteBand and RelativeBand are both 0: at least one band must be enabled");
        }

        if (!Enum.IsDefined(TradeTo))
        {
            issues.Add(S, -1, nameof(TradeTo), $"unknown value {TradeTo}");
        }

        if (!Enum.IsDefined(Schedule))
        {
            issues.Add(S, -1, nameof(Schedule), $"unknown value {Schedule}");
        }

        issues.Duration(S, -1, nameof(CalendarPeriod), CalendarPeriod, TimeSpan.FromSeconds(1), TimeSpan.FromDays(366));
        issues.Duration(S, -1, nameof(CalendarOffset), CalendarOffset, TimeSpan.Zero, CalendarPeriod);
        issues.Range(S, -1, nameof(MinTradeNotional), MinTradeNotional, 0, 1e12);
        if (Urgency == ExecutionUrgency.Immediate || !Enum.IsDefined(Urgency))
        {
            issues.Add(S, -1, nameof(Urgency), $"must be Passive or Aggressive (Immediate is reserved for de-risking), got {Urgency}");
        }
    }
}
