namespace LowLatency.Venue.Liquidity;

/// <summary>
/// Owner ids of the synthetic participants. Negative, so they never collide with FIX sessions (which the
/// acceptor numbers from 0 up), and self-trade prevention never blocks a session against the background.
/// </summary>
public static class LiquidityOwners
{
    /// <summary>All synthetic makers (one owner: makers never trade with each other).</summary>
    public const int Maker = -1;

    /// <summary>All synthetic takers.</summary>
    public const int Taker = -2;
}
