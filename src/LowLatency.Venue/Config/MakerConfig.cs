namespace LowLatency.Venue.Config;

/// <summary>Synthetic market makers: how many levels they quote around the process price, how wide and how big.</summary>
public sealed record MakerConfig
{
    /// <summary>Levels quoted per side.</summary>
    public int Levels { get; init; } = 5;

    /// <summary>Distance from the process price to the best quote, in bps of price (at least one tick).</summary>
    public double HalfSpreadBps { get; init; } = 2;

    /// <summary>Distance between consecutive levels, in bps of price (at least one tick).</summary>
    public double LevelSpacingBps { get; init; } = 1;

    /// <summary>Size of the best level, in lots.</summary>
    public long QuantityLots { get; init; } = 10;

    /// <summary>Extra lots per level further from the price (depth grows away from the touch).</summary>
    public long QuantityStepLots { get; init; } = 5;

    internal void Validate(string where, List<string> errors)
    {
        if (Levels is < 1 or > 50)
        {
            errors.Add($"{where}: Maker.Levels must be 1..50, got {Levels}");
        }

        if (!double.IsFinite(HalfSpreadBps) || HalfSpreadBps is <= 0 or > 10_000)
        {
            errors.Add($"{where}: Maker.HalfSpreadBps must be positive and at most 10000, got {HalfSpreadBps}");
        }

        if (!double.IsFinite(LevelSpacingBps) || LevelSpacingBps is < 0 or > 10_000)
        {
            errors.Add($"{where}: Maker.LevelSpacingBps must be within 0..10000, got {LevelSpacingBps}");
        }

        if (QuantityLots < 1 || QuantityStepLots < 0)
        {
            errors.Add($"{where}: Maker.QuantityLots must be at least 1 and Maker.QuantityStepLots at least 0, got {QuantityLots} and {QuantityStepLots}");
        }
    }
}
