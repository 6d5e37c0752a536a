namespace LowLatency.Rebalancing.Config;

/// <summary>How the half-width of a delta band is set.</summary>
public enum DeltaBandKind : byte
{
    /// <summary>A constant half-width, in units of underlying or in currency.</summary>
    Fixed = 0,

    /// <summary>Whalley–Wilmott: the width follows (cost · Γ² · S / risk aversion)^(1/3), see <c>GammaAwareBand</c>.</summary>
    GammaAware = 1,
}
