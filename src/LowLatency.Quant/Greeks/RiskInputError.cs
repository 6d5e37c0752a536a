namespace LowLatency.Quant.Greeks;

/// <summary>
/// Why an input was refused at the boundary of the risk engine. Returned (never thrown) by every hot-path
/// entry so the caller can log or count it; a refused input changes no state and never reaches an aggregate.
/// </summary>
public enum RiskInputError : byte
{
    /// <summary>Accepted.</summary>
    None = 0,

    /// <summary>A NaN or infinite number.</summary>
    NotFinite,

    /// <summary>A price (spot, forward, fill price) that is zero or negative.</summary>
    NonPositivePrice,

    /// <summary>A price outside [<see cref="RiskLimits.MinPrice"/>, <see cref="RiskLimits.MaxPrice"/>].</summary>
    PriceOutOfRange,

    /// <summary>An option strike that is zero, negative or out of the price range.</summary>
    InvalidStrike,

    /// <summary>A negative time to expiry.</summary>
    NegativeTime,

    /// <summary>A time to expiry beyond <see cref="RiskLimits.MaxTimeYears"/>.</summary>
    TimeOutOfRange,

    /// <summary>A negative volatility.</summary>
    NegativeVolatility,

    /// <summary>A volatility above <see cref="RiskLimits.MaxVolatility"/>.</summary>
    VolatilityOutOfRange,

    /// <summary>A rate or yield outside ±<see cref="RiskLimits.MaxAbsRate"/>.</summary>
    RateOutOfRange,

    /// <summary>A quantity or multiplier that is not finite or exceeds <see cref="RiskLimits.MaxAbsQuantity"/>.</summary>
    QuantityOutOfRange,

    /// <summary>The underlying is not registered in the book.</summary>
    UnknownUnderlying,

    /// <summary>The instrument (position) is not registered in the book.</summary>
    UnknownInstrument,

    /// <summary>A tick or fill carries a timestamp earlier than the last one seen for that underlying.</summary>
    TimeWentBackwards,

    /// <summary>The operation does not apply to this instrument kind (e.g. a volatility for a future).</summary>
    NotApplicable,

    /// <summary>The underlying has not ticked yet, so there is no price to value against.</summary>
    NoPrice,
}
