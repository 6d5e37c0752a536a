using System.Runtime.CompilerServices;
using LowLatency.Quant.Analytics.Impact;

namespace LowLatency.Rebalancing.Impact;

/// <summary>
/// The pre-trade cost of an order for the decision thread: the spread and square-root-law impact of
/// <see cref="MarketImpact.Estimate"/> (the analytics formula, reused: half the quoted spread plus Y·σ·√(|Q|/V)
/// of the notional — Almgren et al. 2005; Tóth et al. 2011), plus the taker fee and, for instruments with
/// carry, the funding paid over the expected holding period.
/// </summary>
/// <remarks>
/// The analytics estimate throws on bad input; live cost inputs arrive from the market-data side and must never
/// throw on the hot path, so every input is checked here first (the same rules as its guards) and unusable
/// inputs price the order at +∞ — such a leg is never preferred and its orders are sliced to one lot.
/// O(1), allocation-free.
/// </remarks>
public static class ImpactModel
{
    /// <summary>True when <see cref="MarketImpact.Estimate"/> accepts these inputs (so it cannot throw).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUsable(double units, double price, in HedgeCost c) =>
        double.IsFinite(units) && price > 0 && double.IsFinite(price)
        && c.Spread >= 0 && double.IsFinite(c.Spread)
        && c.DailyVolatility >= 0 && double.IsFinite(c.DailyVolatility)
        && c.DailyVolume > 0 && double.IsFinite(c.DailyVolume)
        && c.ImpactCoefficient >= 0 && double.IsFinite(c.ImpactCoefficient);

    /// <summary>The analytics estimate (spread + impact) of <paramref name="units"/> units of underlying at <paramref name="price"/>; +∞ costs on unusable inputs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ImpactEstimate Estimate(double units, double price, in HedgeCost c) =>
        IsUsable(units, price, in c)
            ? MarketImpact.Estimate(units, price, new MarketImpactParameters(c.Spread, c.DailyVolatility, c.DailyVolume, c.ImpactCoefficient))
            : new ImpactEstimate(double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity);

    /// <summary>Fraction of price lost to impact when trading <paramref name="units"/> units (either sign): Y·σ·√(|Q|/V).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ImpactFraction(double units, double price, in HedgeCost c) =>
        units == 0 ? 0.0 : Estimate(units, price, in c).ImpactCost / (Math.Abs(units) * price);

    /// <summary>Half-spread plus fee as a fraction of price: the proportional cost λ of the Whalley–Wilmott band.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ProportionalCost(double price, in HedgeCost c) => price > 0 ? 0.5 * c.Spread / price + c.FeeRate : double.PositiveInfinity;

    /// <summary>
    /// Total expected cost in currency of trading <paramref name="units"/> units (signed: positive buys) at
    /// <paramref name="price"/> and holding them <paramref name="holdingDays"/>: spread + impact + fee + carry.
    /// Carry is signed (a short perpetual earns positive funding), so the total may be negative.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TotalCost(double units, double price, in HedgeCost c, double holdingDays) =>
        Estimate(units, price, in c).TotalCost + Math.Abs(units) * price * c.FeeRate + units * price * c.CarryRatePerDay * holdingDays;

    /// <summary>
    /// Largest order (units of underlying) whose impact stays within <paramref name="maxImpactFraction"/> of price,
    /// the inverse of the square-root law: V·(f/(Y·σ))². +∞ when slicing is off (f = 0) or the instrument has no
    /// impact; 0 when its inputs are unusable (the caller then sends one lot at a time).
    /// </summary>
    public static double MaxUnitsWithin(double maxImpactFraction, in HedgeCost c)
    {
        if (!(maxImpactFraction > 0))
        {
            return double.PositiveInfinity;
        }

        if (!IsUsable(0, 1, in c))
        {
            return 0;
        }

        double ys = c.ImpactCoefficient * c.DailyVolatility;
        if (!(ys > 0))
        {
            return double.PositiveInfinity;
        }

        double ratio = maxImpactFraction / ys;
        return c.DailyVolume * ratio * ratio;
    }
}
