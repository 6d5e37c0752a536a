using System.Runtime.CompilerServices;
using LowLatency.Rebalancing.Impact;

namespace LowLatency.Rebalancing.Sizing;

/// <summary>
/// Caps an order at the largest size whose square-root-law impact stays within the configured limit
/// (<see cref="ImpactModel.MaxUnitsWithin"/>), never below one lot; the caller sends the rest later as further
/// slices (reason <c>ImpactSlice</c>), spaced so the impact decays in between.
/// </summary>
internal static class ImpactSlicing
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Cap(long lots, double lotUnits, in HedgeCost cost, double maxImpactFraction, out bool sliced)
    {
        double maxUnits = ImpactModel.MaxUnitsWithin(maxImpactFraction, in cost);
        sliced = lots * lotUnits > maxUnits;
        return sliced ? Math.Min(lots, Math.Max(1, LotSizing.FloorLots(maxUnits, lotUnits))) : lots;
    }
}
