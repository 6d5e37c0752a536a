namespace LowLatency.Quant.Analytics.Impact;

/// <summary>
/// Pre-trade cost of a rebalance: each order pays half the spread on its notional plus the square-root-law
/// impact, a fraction Y·σ·√(|Q|/V) of its notional (Almgren et al. 2005; Tóth et al. 2011, "Anomalous price
/// impact and the critical nature of liquidity"), with σ the daily volatility and V the daily volume.
/// Costs are positive currency amounts whatever the side.
/// </summary>
public static class MarketImpact
{
    /// <summary>Cost of executing <paramref name="quantity"/> units (either sign) at <paramref name="price"/>.</summary>
    public static ImpactEstimate Estimate(double quantity, double price, in MarketImpactParameters parameters)
    {
        Guard.Finite(quantity, nameof(quantity));
        Guard.Positive(price, nameof(price));
        Check(parameters);
        double q = Math.Abs(quantity);
        double participation = q / parameters.DailyVolume;
        double spreadCost = q * parameters.Spread / 2.0;
        double impactCost = q * price * parameters.ImpactCoefficient * parameters.DailyVolatility * Math.Sqrt(participation);
        return new ImpactEstimate(spreadCost, impactCost, participation);
    }

    /// <summary>Total over the orders of a rebalance (aligned spans: one quantity, price and parameter set per order).</summary>
    public static ImpactEstimate Rebalance(ReadOnlySpan<double> quantities, ReadOnlySpan<double> prices, ReadOnlySpan<MarketImpactParameters> parameters)
    {
        Guard.SameLength(prices.Length, quantities.Length, nameof(prices), "quantities");
        Guard.SameLength(parameters.Length, quantities.Length, nameof(parameters), "quantities");
        double spread = 0.0;
        double impact = 0.0;
        double participation = 0.0;
        for (int i = 0; i < quantities.Length; i++)
        {
            var one = Estimate(quantities[i], prices[i], parameters[i]);
            spread += one.SpreadCost;
            impact += one.ImpactCost;
            participation = Math.Max(participation, one.Participation);
        }

        // Participation of a basket is reported as its largest single-name participation.
        return new ImpactEstimate(spread, impact, participation);
    }

    private static void Check(in MarketImpactParameters p)
    {
        Guard.NonNegative(p.Spread, "parameters.Spread");
        Guard.NonNegative(p.DailyVolatility, "parameters.DailyVolatility");
        Guard.Positive(p.DailyVolume, "parameters.DailyVolume");
        Guard.NonNegative(p.ImpactCoefficient, "parameters.ImpactCoefficient");
    }
}
