using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Greeks;

namespace LowLatency.Rebalancing.Config;

/// <summary>
/// One instrument of the portfolio (section <c>[INSTRUMENT]</c>): contract terms, the starting position, option
/// pricing inputs and the initial cost-model inputs (the server refreshes those live through
/// <c>RebalancingEngine.Costs</c>). Every instrument the policies may hold or trade must be listed, because the
/// risk book and the policies size their state once.
/// </summary>
public sealed record PortfolioInstrumentConfig
{
    public const string SectionName = "INSTRUMENT";

    /// <summary>Stable numeric id (journals persist it).</summary>
    public required int Id { get; init; }

    public required string Symbol { get; init; }

    public required InstrumentKind Kind { get; init; }

    /// <summary>Symbol of the instrument whose tick reprices this one: itself for spot, the spot (or a future for options on it).</summary>
    public required string Underlying { get; init; }

    public required Price TickSize { get; init; }

    public required Quantity LotSize { get; init; }

    /// <summary>Units of underlying per contract.</summary>
    public double Multiplier { get; init; } = 1.0;

    /// <summary>Signed starting position in contracts.</summary>
    public double Quantity { get; init; }

    /// <summary>Average entry price per unit of underlying of the starting position (NaN: the first mark seen).</summary>
    public double EntryPrice { get; init; } = double.NaN;

    /// <summary>Largest single order in contracts (a fat-finger guard; larger decisions are capped).</summary>
    public double MaxOrderQuantity { get; init; } = 1e6;

    // Options.
    public double Strike { get; init; }

    public DateTime? Expiry { get; init; }

    public OptionRight Right { get; init; }

    public bool OnFuture { get; init; }

    public double Volatility { get; init; }

    public double Rate { get; init; }

    public double DividendYield { get; init; }

    // Cost model (initial values of HedgeCost).

    /// <summary>Quoted bid-ask spread in price units per unit of underlying (half of it is paid per trade).</summary>
    public double Spread { get; init; }

    /// <summary>Taker fee as a fraction of notional.</summary>
    public double FeeRate { get; init; }

    /// <summary>Average daily volume in units of underlying (the square-root law's V).</summary>
    public double DailyVolume { get; init; } = 1e9;

    /// <summary>Daily volatility as a fraction of price (the square-root law's σ).</summary>
    public double DailyVolatility { get; init; } = 0.03;

    /// <summary>Square-root-law coefficient Y (order 1).</summary>
    public double ImpactCoefficient { get; init; } = 1.0;

    /// <summary>Cost of holding one unit long for a day, as a fraction of price (perpetual funding; negative pays the long).</summary>
    public double CarryRatePerDay { get; init; }

    public bool IsLinear => Kind != InstrumentKind.Option;

    /// <summary>The model instrument (ids resolved by the caller: the underlying's id is passed in).</summary>
    public Instrument ToInstrument(InstrumentId underlying) => new()
    {
        Id = new InstrumentId(Id),
        Symbol = Symbol,
        Kind = Kind,
        Underlying = underlying,
        TickSize = TickSize,
        LotSize = LotSize,
        Multiplier = Multiplier,
        Strike = Strike,
        Expiry = Expiry,
        Right = Right,
        OnFuture = OnFuture,
    };

    internal void Validate(ConfigIssues issues, int index)
    {
        const string S = SectionName;
        if (Id < 0)
        {
            issues.Add(S, index, nameof(Id), $"must be a non-negative integer, got {Id}");
        }

        if (string.IsNullOrWhiteSpace(Symbol) || Symbol.Length > 64 || Symbol.Any(c => c <= ' ' || c > '~'))
        {
            issues.Add(S, index, nameof(Symbol), $"must be 1..64 printable ASCII characters without spaces, got '{Symbol}'");
        }

        if (string.IsNullOrWhiteSpace(Underlying))
        {
            issues.Add(S, index, nameof(Underlying), "must name an instrument of the portfolio");
        }

        if (!Enum.IsDefined(Kind))
        {
            issues.Add(S, index, nameof(Kind), $"unknown kind {Kind}");
        }

        if (TickSize.Mantissa <= 0)
        {
            issues.Add(S, index, nameof(TickSize), $"must be positive, got {TickSize}");
        }

        if (LotSize.Mantissa <= 0)
        {
            issues.Add(S, index, nameof(LotSize), $"must be positive, got {LotSize}");
        }

        issues.Positive(S, index, nameof(Multiplier), Multiplier, 1e9);
        issues.Range(S, index, nameof(Quantity), Quantity, -RiskLimits.MaxAbsQuantity, RiskLimits.MaxAbsQuantity);
        if (!double.IsNaN(EntryPrice))
        {
            issues.Positive(S, index, nameof(EntryPrice), EntryPrice, RiskLimits.MaxPrice);
        }

        issues.Positive(S, index, nameof(MaxOrderQuantity), MaxOrderQuantity, 1e12);
        if (LotSize.Mantissa > 0 && MaxOrderQuantity > 0 && MaxOrderQuantity / LotSize.ToDouble() * LotSize.Mantissa > long.MaxValue / 4)
        {
            issues.Add(S, index, nameof(MaxOrderQuantity), $"{ConfigIssues.F(MaxOrderQuantity)} contracts does not fit a quantity at scale {LotSize.Scale}");
        }

        if (Kind == InstrumentKind.Option)
        {
            issues.Positive(S, index, nameof(Strike), Strike, RiskLimits.MaxPrice);
            if (Expiry is null)
            {
                issues.Add(S, index, nameof(Expiry), "an option needs an expiry");
            }

            if (!Enum.IsDefined(Right))
            {
                issues.Add(S, index, nameof(Right), $"unknown right {Right}");
            }

            issues.Range(S, index, nameof(Volatility), Volatility, 0, RiskLimits.MaxVolatility);
            issues.Range(S, index, nameof(Rate), Rate, -RiskLimits.MaxAbsRate, RiskLimits.MaxAbsRate);
            issues.Range(S, index, nameof(DividendYield), DividendYield, -RiskLimits.MaxAbsRate, RiskLimits.MaxAbsRate);
        }
        else if (Kind == InstrumentKind.Spot && !string.Equals(Underlying, Symbol, StringComparison.Ordinal))
        {
            issues.Add(S, index, nameof(Underlying), $"a spot instrument is its own underlying ('{Symbol}'), got '{Underlying}'");
        }

        issues.Range(S, index, nameof(Spread), Spread, 0, RiskLimits.MaxPrice);
        issues.Range(S, index, nameof(FeeRate), FeeRate, 0, 0.1);
        issues.Positive(S, index, nameof(DailyVolume), DailyVolume, 1e15);
        issues.Range(S, index, nameof(DailyVolatility), DailyVolatility, 0, 1);
        issues.Range(S, index, nameof(ImpactCoefficient), ImpactCoefficient, 0, 10);
        issues.Range(S, index, nameof(CarryRatePerDay), CarryRatePerDay, -0.1, 0.1);
    }
}
