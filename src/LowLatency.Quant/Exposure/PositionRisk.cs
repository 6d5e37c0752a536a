using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Greeks;

namespace LowLatency.Quant.Exposure;

/// <summary>
/// One position as the book last valued it: contract terms, pricing inputs and per-unit greeks, so a reader
/// (VaR, dashboards) can aggregate, shock with delta-gamma, or fully reprice with <see cref="OptionPricer"/>.
/// Copied out in bulk with <see cref="PortfolioRiskBook.CopyPositions"/>.
/// </summary>
public readonly record struct PositionRisk
{
    public required InstrumentId Instrument { get; init; }

    public required InstrumentId Underlying { get; init; }

    public required InstrumentKind Kind { get; init; }

    /// <summary>Signed quantity in contracts.</summary>
    public required double Quantity { get; init; }

    /// <summary>Units of underlying per contract.</summary>
    public required double Multiplier { get; init; }

    /// <summary>The underlying's last tick price (0 before its first tick).</summary>
    public required double UnderlyingPrice { get; init; }

    /// <summary>Per unit of underlying: model value for options, the tick price for linear instruments.</summary>
    public required double UnitPrice { get; init; }

    public required double UnitDelta { get; init; }

    public required double UnitGamma { get; init; }

    public required double UnitVega { get; init; }

    public required double UnitTheta { get; init; }

    public required double UnitRho { get; init; }

    public required double InitialMargin { get; init; }

    public required double MaintenanceMargin { get; init; }

    // Option terms (zero for linear instruments).
    public OptionRight Right { get; init; }

    public PricingModel Model { get; init; }

    public double Strike { get; init; }

    /// <summary>Time to expiry in years at the last valuation (ACT/365 from UTC nanoseconds).</summary>
    public double TimeToExpiryYears { get; init; }

    public double Volatility { get; init; }

    public double Rate { get; init; }

    public double DividendYield { get; init; }

    /// <summary>Quantity × multiplier: units of underlying controlled.</summary>
    public double Size => Quantity * Multiplier;

    public double DeltaUnits => Size * UnitDelta;

    public double DeltaCurrency => DeltaUnits * UnderlyingPrice;

    public double GammaUnits => Size * UnitGamma;

    public double Vega => Size * UnitVega;

    public double MarketValue => Size * UnitPrice;

    public bool IsOption => Kind == InstrumentKind.Option;
}
