using LowLatency.Core.Ids;

namespace LowLatency.Quant.Exposure;

/// <summary>
/// Aggregated risk of every position on one underlying, recomputed exactly from its range on each tick or
/// fill. Read by reference from <see cref="PortfolioRiskBook.Underlying(InstrumentId)"/> (no copy, no lookup
/// beyond one dictionary probe): the rebalancing policies' delta bands read it directly.
/// </summary>
/// <remarks>
/// Currency amounts are in the underlying's quote currency; greeks units as in <c>OptionGreeks</c>. Plain
/// fields so the book rewrites them in place on the hot path; readers only ever get a <c>ref readonly</c>.
/// </remarks>
public struct UnderlyingRisk
{
    public InstrumentId Underlying;

    /// <summary>Last accepted tick price (spot, or futures price for a future's group); 0 before the first tick.</summary>
    public double Price;

    /// <summary>UTC nanoseconds of the last accepted tick.</summary>
    public long TimestampNanoseconds;

    /// <summary>Σ q·m·Δ: units of underlying (what a delta hedge trades against).</summary>
    public double DeltaUnits;

    /// <summary>DeltaUnits × Price: currency delta, equal to the net exposure.</summary>
    public double DeltaCurrency;

    /// <summary>Σ q·m·Γ: change of DeltaUnits per unit move of the price.</summary>
    public double Gamma;

    /// <summary>Gamma × Price² / 100: change of currency delta for a 1% move.</summary>
    public double DollarGamma;

    /// <summary>Σ q·m·vega, per 1.00 of volatility.</summary>
    public double Vega;

    /// <summary>Σ q·m·θ, per year.</summary>
    public double Theta;

    /// <summary>Σ q·m·ρ, per 1.00 of rate.</summary>
    public double Rho;

    /// <summary>Σ |q·m·Δ|·Price: delta-adjusted gross exposure (no netting between positions).</summary>
    public double GrossExposure;

    /// <summary>Σ |q|·m·Price: underlying notional, options counted at full size.</summary>
    public double Notional;

    /// <summary>Σ q·m·mark: linear positions at the tick price, options at model value.</summary>
    public double MarketValue;

    public double InitialMargin;

    public double MaintenanceMargin;

    /// <summary>Net (signed) delta-adjusted exposure, the same as <see cref="DeltaCurrency"/>.</summary>
    public readonly double NetExposure => DeltaCurrency;

    /// <summary>True once the underlying has ticked (before that every figure is 0).</summary>
    public readonly bool HasPrice => Price > 0;
}
