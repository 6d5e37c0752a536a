using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;

namespace LowLatency.Venue.Config;

/// <summary>
/// One instrument a simulated venue lists: contract terms (tick, lot, price scale) and the dynamics of the
/// price process that drives its background liquidity (annualised volatility and drift, Merton jumps).
/// </summary>
public sealed record VenueInstrumentConfig
{
    /// <summary>Longest symbol accepted (FIX Symbol(55) values are short; longer is a typo).</summary>
    public const int MaxSymbolLength = 64;

    /// <summary>Symbol(55) on the wire.</summary>
    public required string Symbol { get; init; }

    /// <summary>Minimum price increment; must be exact at <see cref="PriceScale"/>.</summary>
    public required Price TickSize { get; init; }

    /// <summary>Minimum quantity increment; its scale is the quantity scale.</summary>
    public required Quantity LotSize { get; init; }

    /// <summary>Decimals of prices on this venue (prices are carried as mantissas at this scale).</summary>
    public required int PriceScale { get; init; }

    /// <summary>Where the price process starts; on the tick grid.</summary>
    public required Price StartingPrice { get; init; }

    /// <summary>Annualised volatility of log returns (0.6 = 60%).</summary>
    public double Volatility { get; init; } = 0.5;

    /// <summary>Annualised drift of the price (the process's expected growth rate).</summary>
    public double Drift { get; init; }

    /// <summary>Expected jumps per year (Merton compound Poisson); 0 disables jumps.</summary>
    public double JumpIntensity { get; init; }

    /// <summary>Mean of the log jump size.</summary>
    public double JumpMean { get; init; }

    /// <summary>Standard deviation of the log jump size.</summary>
    public double JumpVolatility { get; init; }

    /// <summary>
    /// Symbol of the listed instrument whose price process this one follows — spot, perpetual and future of one
    /// underlying share one driver plus a small basis — or null to be a driver itself (then the volatility, drift and
    /// jump settings above apply; for a follower they are not used).
    /// </summary>
    public string? Underlying { get; init; }

    /// <summary>A follower's long-run basis to its driver as a fraction (0.0005 = +5 bps: a perpetual's premium, a future's carry).</summary>
    public double Basis { get; init; }

    /// <summary>How far a follower's basis wanders around <see cref="Basis"/>: the stationary standard deviation, as a fraction.</summary>
    public double BasisVolatility { get; init; }

    /// <summary>Half-life of a follower's basis deviations, in simulated time (mean reversion speed ln 2 / half-life).</summary>
    public TimeSpan BasisHalfLife { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>True when the price follows another instrument's driver (<see cref="Underlying"/> names another symbol).</summary>
    public bool FollowsDriver => Underlying is not null && Underlying != Symbol;

    /// <summary>The model instrument the matching core runs on (spot, tick rescaled to <see cref="PriceScale"/>).</summary>
    public Instrument ToInstrument(InstrumentId id) => new()
    {
        Id = id,
        Symbol = Symbol,
        Kind = InstrumentKind.Spot,
        Underlying = id,
        TickSize = TickSize.Rescale(PriceScale),
        LotSize = LotSize,
    };

    internal void Validate(string where, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(Symbol) || Symbol.Length > MaxSymbolLength || Symbol.Any(c => c <= ' ' || c > '~'))
        {
            errors.Add($"{where}: Symbol must be 1..{MaxSymbolLength} printable ASCII characters without spaces, got '{Symbol}'");
        }

        if (PriceScale is < 0 or > Price.MaxScale)
        {
            errors.Add($"{where}: PriceScale must be 0..{Price.MaxScale}, got {PriceScale}");
            return;
        }

        if (!TickSize.IsPositive)
        {
            errors.Add($"{where}: TickSize must be positive, got {TickSize}");
        }
        else if (!TickSize.TryRescale(PriceScale, out _))
        {
            errors.Add($"{where}: TickSize {TickSize} has more decimals than PriceScale {PriceScale}");
        }
        else if (!StartingPrice.IsPositive)
        {
            errors.Add($"{where}: StartingPrice must be positive, got {StartingPrice}");
        }
        else if (!StartingPrice.TryRescale(PriceScale, out Price start) || start.Mantissa % TickSize.Rescale(PriceScale).Mantissa != 0)
        {
            errors.Add($"{where}: StartingPrice {StartingPrice} is not a multiple of TickSize {TickSize}");
        }

        if (!LotSize.IsPositive)
        {
            errors.Add($"{where}: LotSize must be positive, got {LotSize}");
        }

        if (!double.IsFinite(Volatility) || Volatility is < 0 or > 10)
        {
            errors.Add($"{where}: Volatility is annualised and must be within 0..10 (0%..1000%), got {Volatility}");
        }

        if (!double.IsFinite(Drift) || Math.Abs(Drift) > 10)
        {
            errors.Add($"{where}: Drift is annualised and must be within ±10, got {Drift}");
        }

        if (!double.IsFinite(JumpIntensity) || JumpIntensity < 0)
        {
            errors.Add($"{where}: JumpIntensity (jumps per year) must be 0 or positive, got {JumpIntensity}");
        }

        if (!double.IsFinite(JumpMean) || Math.Abs(JumpMean) > 1)
        {
            errors.Add($"{where}: JumpMean (log jump size) must be within ±1, got {JumpMean}");
        }

        if (!double.IsFinite(JumpVolatility) || JumpVolatility is < 0 or > 1)
        {
            errors.Add($"{where}: JumpVolatility must be within 0..1, got {JumpVolatility}");
        }

        if (!double.IsFinite(Basis) || Math.Abs(Basis) > 0.5)
        {
            errors.Add($"{where}: Basis is a fraction of the driver's price and must be within ±0.5, got {Basis}");
        }

        if (!double.IsFinite(BasisVolatility) || BasisVolatility is < 0 or > 0.5)
        {
            errors.Add($"{where}: BasisVolatility is a fraction and must be within 0..0.5, got {BasisVolatility}");
        }

        if (BasisHalfLife < TimeSpan.FromSeconds(1) || BasisHalfLife > TimeSpan.FromDays(365))
        {
            errors.Add($"{where}: BasisHalfLife must be between 1 s and 365 days, got {BasisHalfLife}");
        }
    }
}
