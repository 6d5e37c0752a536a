namespace LowLatency.Rebalancing.Config;

/// <summary>
/// Where a band policy trades back to once the band is breached. <see cref="BandEdge"/> is the cost-optimal
/// rule under proportional costs (the no-trade region's boundary: Whalley–Wilmott, Leland); <see cref="Target"/>
/// resets all drift at once (more traded volume, fewer later trades).
/// </summary>
public enum TradeTo : byte
{
    /// <summary>To the nearest edge of the band (the smallest trade that restores compliance).</summary>
    BandEdge = 0,

    /// <summary>All the way to the target.</summary>
    Target = 1,
}
