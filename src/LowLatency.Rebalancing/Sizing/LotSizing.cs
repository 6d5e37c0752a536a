using System.Runtime.CompilerServices;
using LowLatency.Rebalancing.Config;

namespace LowLatency.Rebalancing.Sizing;

/// <summary>
/// Turns a band breach into a whole number of lots, rounding so the post-trade state is inside the band whenever
/// a lot is no wider than the band (half-width H ≥ half a lot, which configuration validation enforces).
/// </summary>
/// <remarks>
/// With deviation x = current − target (|x| &gt; H) and u units per lot, any n with |x| − H ≤ n·u ≤ |x| + H lands
/// inside: n ∈ [⌈(|x| − H)/u⌉, ⌊(|x| + H)/u⌋], an interval at least one lot wide when 2H ≥ u. Band edge takes its
/// smallest n (the cheapest compliant trade), target the n nearest |x|/u clamped into it. A tiny relative
/// tolerance keeps exact multiples from rounding one lot too far through floating-point noise.
/// </remarks>
public static class LotSizing
{
    private const double Tolerance = 1e-9;

    /// <summary>Most lots a single computation returns (keeps the double → long conversion exact and safe).</summary>
    public const double MaxLots = 1e15;

    /// <summary>
    /// Lots (≥ 0) that move <paramref name="deviation"/> back inside ±<paramref name="halfWidth"/> when each lot moves
    /// <paramref name="unitsPerLot"/> (&gt; 0) units toward the target; 0 when already inside.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long BandLots(double deviation, double halfWidth, double unitsPerLot, TradeTo tradeTo)
    {
        double x = Math.Abs(deviation);
        if (!(x > halfWidth) || !(unitsPerLot > 0))
        {
            return 0;
        }

        double low = Math.Ceiling((x - halfWidth) / unitsPerLot - Tolerance);
        double high = Math.Floor((x + halfWidth) / unitsPerLot + Tolerance);
        double n;
        if (low > high)
        {
            n = Math.Round(x / unitsPerLot, MidpointRounding.AwayFromZero); // band narrower than a lot: nearest to target
        }
        else
        {
            n = tradeTo == TradeTo.BandEdge ? low : Math.Clamp(Math.Round(x / unitsPerLot, MidpointRounding.AwayFromZero), low, high);
        }

        return (long)Math.Min(Math.Max(n, 0), MaxLots);
    }

    /// <summary>Lots nearest to <paramref name="units"/>/<paramref name="unitsPerLot"/> (magnitude, ≥ 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long NearestLots(double units, double unitsPerLot) =>
        unitsPerLot > 0 ? (long)Math.Min(Math.Round(Math.Abs(units) / unitsPerLot, MidpointRounding.AwayFromZero), MaxLots) : 0;

    /// <summary>Lots covering at least <paramref name="units"/> (magnitude, rounded up, ≥ 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long CeilingLots(double units, double unitsPerLot) =>
        unitsPerLot > 0 ? (long)Math.Min(Math.Ceiling(Math.Abs(units) / unitsPerLot - Tolerance), MaxLots) : 0;

    /// <summary>Whole lots not exceeding <paramref name="units"/> (magnitude, rounded down, ≥ 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long FloorLots(double units, double unitsPerLot) =>
        unitsPerLot > 0 ? (long)Math.Min(Math.Floor(Math.Abs(units) / unitsPerLot + Tolerance), MaxLots) : 0;
}
