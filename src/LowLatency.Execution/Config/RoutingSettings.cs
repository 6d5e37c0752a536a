using LowLatency.Model.Orders;

namespace LowLatency.Execution.Config;

/// <summary>Router behaviour: when a venue's book is too old to route on, and how passive orders rest.</summary>
public sealed record RoutingSettings
{
    /// <summary>A venue book not updated for this long is stale and skipped.</summary>
    public long StaleAfterNs { get; init; } = 5_000_000_000;

    /// <summary>Time in force of passive child orders (Day or GoodTillCancel).</summary>
    public TimeInForce PassiveTimeInForce { get; init; } = TimeInForce.Day;

    internal void Validate(List<string> errors)
    {
        if (StaleAfterNs <= 0)
        {
            errors.Add($"Routing.StaleAfterNs must be positive, got {StaleAfterNs}");
        }

        if (PassiveTimeInForce is not (TimeInForce.Day or TimeInForce.GoodTillCancel))
        {
            errors.Add($"Routing.PassiveTimeInForce must be Day or GoodTillCancel, got {PassiveTimeInForce}");
        }
    }
}
