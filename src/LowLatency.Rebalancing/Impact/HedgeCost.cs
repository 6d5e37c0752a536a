namespace LowLatency.Rebalancing.Impact;

/// <summary>
/// Live cost-model inputs of one instrument, one slot per instrument of the universe, refreshed in place by the
/// caller on the decision thread (top of book lives in Execution): what the cheapest-hedge choice, the
/// gamma-aware band, impact slicing and limit prices read. Prices are per unit of underlying (the book's convention).
/// </summary>
/// <remarks>Plain fields on purpose: the caller rewrites them in place through <c>RebalancingEngine.Costs</c>.</remarks>
public struct HedgeCost
{
    /// <summary>Quoted bid-ask spread in price units (half of it is paid per trade).</summary>
    public double Spread;

    /// <summary>Taker fee as a fraction of notional.</summary>
    public double FeeRate;

    /// <summary>Average daily volume in units of underlying (square-root law's V).</summary>
    public double DailyVolume;

    /// <summary>Daily volatility as a fraction of price (square-root law's σ).</summary>
    public double DailyVolatility;

    /// <summary>Square-root-law coefficient Y.</summary>
    public double ImpactCoefficient;

    /// <summary>Cost of holding one unit long for one day as a fraction of price (perpetual funding; negative pays longs).</summary>
    public double CarryRatePerDay;

    /// <summary>Current mid price per unit of underlying; 0 means "use the risk book's price".</summary>
    public double Mid;
}
