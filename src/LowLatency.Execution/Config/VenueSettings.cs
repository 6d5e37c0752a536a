using LowLatency.Core.Ids;

namespace LowLatency.Execution.Config;

/// <summary>A venue the router may use: its fees (for all-in prices) and its order-rate throttle.</summary>
public sealed record VenueSettings
{
    public required VenueId Venue { get; init; }

    /// <summary>For logs and the dashboard.</summary>
    public required string Name { get; init; }

    /// <summary>Fee on passive fills in bps of notional; negative = rebate.</summary>
    public double MakerFeeBps { get; init; }

    /// <summary>Fee on aggressive fills in bps of notional.</summary>
    public double TakerFeeBps { get; init; }

    /// <summary>Sustained new-order rate allowed to this venue (token bucket refill per second).</summary>
    public required int OrdersPerSecond { get; init; }

    /// <summary>Bucket capacity: orders that may go out back to back after a quiet period.</summary>
    public required int Burst { get; init; }

    internal void Validate(List<string> errors)
    {
        string key = $"Venues[{Name ?? Venue.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add($"{key}.Name is required");
        }

        if (Venue.Value < 0 || Venue.Value > InstrumentLimitsConstants.MaxVenueId)
        {
            errors.Add($"{key}.Venue must be within 0..{InstrumentLimitsConstants.MaxVenueId}, got {Venue.Value}");
        }

        if (!double.IsFinite(MakerFeeBps) || Math.Abs(MakerFeeBps) > InstrumentLimitsConstants.MaxFeeBps)
        {
            errors.Add($"{key}.MakerFeeBps must be within ±{InstrumentLimitsConstants.MaxFeeBps}, got {MakerFeeBps}");
        }

        if (!double.IsFinite(TakerFeeBps) || Math.Abs(TakerFeeBps) > InstrumentLimitsConstants.MaxFeeBps)
        {
            errors.Add($"{key}.TakerFeeBps must be within ±{InstrumentLimitsConstants.MaxFeeBps}, got {TakerFeeBps}");
        }

        if (OrdersPerSecond <= 0 || OrdersPerSecond > 1_000_000)
        {
            errors.Add($"{key}.OrdersPerSecond must be within 1..1000000, got {OrdersPerSecond}");
        }

        if (Burst <= 0 || Burst > 1_000_000)
        {
            errors.Add($"{key}.Burst must be within 1..1000000, got {Burst}");
        }
    }
}
