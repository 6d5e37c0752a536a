using System.Runtime.CompilerServices;

namespace LowLatency.Rebalancing.Impact;

/// <summary>
/// The pre-trade cost of an order in O(1), allocation-free: half the quoted spread, the fee, the square-root-law
/// impact Y·σ·√(|Q|/V) of the notional (Almgren et al. 2005; Tóth et al. 2011) and, for instruments with carry,
/// the funding paid over the expected holding period. Same spread and impact formulas as
/// <c>LowLatency.Quant.Analytics.Impact.MarketImpact</c> (a test pins the agreement once it lands); this is
/// the hot-path form, without argument checks — the inputs are validated where they are set.
/// </summary>
public static class ImpactModel
{
    /// <summary>Fraction of price lost to impact when trading <paramref name="units"/> units of underlying (either sign).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ImpactFraction(double units, in HedgeCost c) =>
        c.DailyVolume > 0 ? c.ImpactCoefficient * c.DailyVolatility * Math.Sqrt(Math.Abs(units) / c.DailyVolume) : 0.0;

    /// <summary>Half-spread plus fee as a fraction of price: the proportional cost λ of the Whalley–Wilmott band.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ProportionalCost(double price, in HedgeCost c) => price > 0 ? 0.5 * c.Spread / price + c.FeeRate : 0.0;

    /// <summary>Spread cost of <paramref name="units"/> units: |Q|·spread/2 (the analytics MarketImpact spread term).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SpreadCost(double units, in HedgeCost c) => Math.Abs(units) * 0.5 * c.Spread;

    /// <summary>Impact cost of <paramref name="units"/> units at <paramref name="price"/>: |Q|·P·Y·σ·√(|Q|/V).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ImpactCost(double units, double price, in HedgeCost c) => Math.Abs(units) * price * ImpactFraction(units, c);

    /// <summary>
    /// Total expected cost in currency of trading <paramref name="units"/> units (signed: positive buys) at
    /// <paramref name="price"/> and holding them <paramref name="holdingDays"/>: spread + fee + impact + carry.
    /// Carry is signed (a short perpetual earns positive funding), so the total may be negative.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TotalCost(double units, double price, in HedgeCost c, double holdingDays)
    {
        double abs = Math.Abs(units);
        return abs * (0.5 * c.Spread + price * (c.FeeRate + ImpactFraction(units, c))) + units * price * c.CarryRatePerDay * holdingDays;
    }

    /// <summary>
    /// Largest order (units of underlying) whose impact stays within <paramref name="maxImpactFraction"/> of price:
    /// V·(f/(Y·σ))²; +∞ when the instrument has no impact or slicing is off (f = 0).
    /// </summary>
    public static double MaxUnitsWithin(double maxImpactFraction, in HedgeCost c)
    {
        double ys = c.ImpactCoefficient * c.DailyVolatility;
        if (!(maxImpactFraction > 0) || !(ys > 0))
        {
            return double.PositiveInfinity;
        }

        double ratio = maxImpactFraction / ys;
        return c.DailyVolume * ratio * ratio;
    }
}
