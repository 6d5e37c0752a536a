namespace LowLatency.Venue.Config;

/// <summary>Synthetic takers: random marketable IOC orders at a Poisson rate, so the book trades and prints.</summary>
public sealed record TakerConfig
{
    /// <summary>Mean orders per second (wall clock: <see cref="LiquidityConfig.TimeAcceleration"/> speeds prices, not load) per instrument; 0 disables takers.</summary>
    public double OrdersPerSecond { get; init; } = 2;

    public long MinLots { get; init; } = 1;

    public long MaxLots { get; init; } = 20;

    /// <summary>How far past the best opposite price the IOC limit reaches, in ticks (0 = only the touch).</summary>
    public int MaxSlippageTicks { get; init; } = 3;

    internal void Validate(string where, List<string> errors)
    {
        if (!double.IsFinite(OrdersPerSecond) || OrdersPerSecond is < 0 or > 1_000_000)
        {
            errors.Add($"{where}: Taker.OrdersPerSecond must be within 0..1000000, got {OrdersPerSecond}");
        }

        if (MinLots < 1 || MaxLots < MinLots)
        {
            errors.Add($"{where}: Taker lots need 1 <= MinLots <= MaxLots, got {MinLots}..{MaxLots}");
        }

        if (MaxSlippageTicks < 0)
        {
            errors.Add($"{where}: Taker.MaxSlippageTicks must be 0 or positive, got {MaxSlippageTicks}");
        }
    }
}
