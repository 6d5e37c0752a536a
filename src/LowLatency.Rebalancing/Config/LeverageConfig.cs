using LowLatency.Model.Intents;

namespace LowLatency.Rebalancing.Config;

/// <summary>
/// Target leverage (section <c>[LEVERAGE]</c>), an automated leverage protocol: leverage = gross exposure / equity
/// is kept in [Min, Max]; outside it a campaign moves the legs pro rata back to Target in chunks of at most
/// MaxTradeNotional every ChunkInterval, and no new campaign starts within Cooldown of the last; at or above
/// Ripcord everything needed to get back to Target is sold at once, whatever the cooldown.
/// </summary>
public sealed record LeverageConfig
{
    public const string SectionName = "LEVERAGE";

    public double Min { get; init; } = 1.0;

    public double Target { get; init; } = 2.0;

    public double Max { get; init; } = 3.0;

    /// <summary>Hard limit: at or above it the ripcord de-levers to Target at once (Immediate urgency).</summary>
    public double Ripcord { get; init; } = 4.0;

    /// <summary>Symbols of the linear instruments scaled pro rata (the levered legs).</summary>
    public required IReadOnlyList<string> Legs { get; init; }

    /// <summary>Largest notional moved per chunk (all legs together).</summary>
    public double MaxTradeNotional { get; init; } = 100_000;

    /// <summary>Time between two chunks of one campaign (TWAP-like spacing).</summary>
    public TimeSpan ChunkInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Minimum time between the end of one campaign and the start of the next.</summary>
    public TimeSpan Cooldown { get; init; } = TimeSpan.FromMinutes(5);

    public ExecutionUrgency Urgency { get; init; } = ExecutionUrgency.Aggressive;

    internal void Validate(ConfigIssues issues)
    {
        const string S = SectionName;
        issues.Range(S, -1, nameof(Min), Min, 0, 100);
        issues.Range(S, -1, nameof(Target), Target, 0, 100);
        issues.Range(S, -1, nameof(Max), Max, 0, 100);
        issues.Range(S, -1, nameof(Ripcord), Ripcord, 0, 1000);
        if (!(Min <= Target && Target <= Max))
        {
            issues.Add(S, -1, nameof(Target), $"must satisfy Min <= Target <= Max, got {ConfigIssues.F(Min)} <= {ConfigIssues.F(Target)} <= {ConfigIssues.F(Max)}");
        }

        if (!(Target > 0))
        {
            issues.Add(S, -1, nameof(Target), "must be positive");
        }

        if (!(Ripcord > Max))
        {
            issues.Add(S, -1, nameof(Ripcord), $"must be above Max ({ConfigIssues.F(Max)}), got {ConfigIssues.F(Ripcord)}");
        }

        if (Legs.Count == 0)
        {
            issues.Add(S, -1, nameof(Legs), "needs at least one levered leg");
        }

        issues.Positive(S, -1, nameof(MaxTradeNotional), MaxTradeNotional, 1e15);
        issues.Duration(S, -1, nameof(ChunkInterval), ChunkInterval, TimeSpan.Zero, TimeSpan.FromDays(1));
        issues.Duration(S, -1, nameof(Cooldown), Cooldown, TimeSpan.Zero, TimeSpan.FromDays(30));
        if (Urgency == ExecutionUrgency.Immediate || !Enum.IsDefined(Urgency))
        {
            issues.Add(S, -1, nameof(Urgency), $"must be Passive or Aggressive (the ripcord alone is Immediate), got {Urgency}");
        }
    }
}
