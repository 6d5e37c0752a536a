using LowLatency.Core.Ids;

namespace LowLatency.Rebalancing.Delta;

/// <summary>
/// What the delta policy last saw for one underlying — the effective delta (in-flight orders and cross-hedges
/// included), the band half-width and the target — for dashboards, journals and backtests (copied out, cold).
/// </summary>
public readonly record struct DeltaBandSnapshot(InstrumentId Underlying, double Delta, double HalfWidth, double Target, long Trades)
{
    /// <summary>True when |delta − target| ≤ half-width (with a relative tolerance for rounding).</summary>
    public bool InBand => Math.Abs(Delta - Target) <= HalfWidth * (1 + 1e-9) + 1e-12;
}
