namespace LowLatency.Rebalancing.Policies;

/// <summary>
/// <c>HedgeIntent.PolicyId</c> values: the policy kind times 100 plus the instance within it (the [DELTA] or
/// [TARGET] section's position in the file), so the journal and dashboard can name the exact rule.
/// </summary>
public static class PolicyIds
{
    public const int Liquidation = 100;

    public const int Leverage = 200;

    /// <summary>Delta policy of the n-th [DELTA] section: 300 + n.</summary>
    public const int Delta = 300;

    /// <summary>Weight target of the n-th [TARGET] section: 400 + n.</summary>
    public const int Weights = 400;
}
