using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;

namespace LowLatency.Model.Instruments;

/// <summary>
/// Reference data for one tradable instrument, loaded at start-up and never mutated: the hot path
/// copies what it needs into struct-of-arrays state indexed by <see cref="Id"/>.
/// </summary>
public sealed record Instrument
{
    public required InstrumentId Id { get; init; }

    /// <summary>Symbol(55) on the wire.</summary>
    public required string Symbol { get; init; }

    public required InstrumentKind Kind { get; init; }

    /// <summary>The underlying whose tick reprices this instrument; itself for spot.</summary>
    public required InstrumentId Underlying { get; init; }

    /// <summary>Minimum price increment; its scale is the instrument's price scale.</summary>
    public required Price TickSize { get; init; }

    /// <summary>Minimum quantity increment; its scale is the instrument's quantity scale.</summary>
    public required Quantity LotSize { get; init; }

    /// <summary>Units of underlying per contract (1 for spot).</summary>
    public double Multiplier { get; init; } = 1.0;

    /// <summary>Option strike, in price units; 0 for non-options.</summary>
    public double Strike { get; init; }

    /// <summary>Option or future expiry (UTC); null for spot and perpetuals.</summary>
    public DateTime? Expiry { get; init; }

    public OptionRight Right { get; init; }

    /// <summary>True for an option written on a future (priced with Black-76), false for an option on spot.</summary>
    public bool OnFuture { get; init; }

    public int PriceScale => TickSize.Scale;

    public int QuantityScale => LotSize.Scale;
}
