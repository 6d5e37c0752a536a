namespace LowLatency.Quant.Greeks;

/// <summary>Outcome of an implied-volatility solve; everything but <see cref="Converged"/> leaves the volatility NaN.</summary>
public enum ImpliedVolatilityStatus : byte
{
    /// <summary>The returned volatility reprices the option to the target within tolerance.</summary>
    Converged = 0,

    /// <summary>The target is below the discounted intrinsic value of the forward: no volatility fits (arbitrage or bad quote).</summary>
    BelowIntrinsic,

    /// <summary>The target is at or above the no-arbitrage upper bound (S·e^(−qT) for a call, K·e^(−rT) for a put).</summary>
    AboveUpperBound,

    /// <summary>At expiry (T = 0) any price other than intrinsic has no volatility.</summary>
    NoTimeValue,

    /// <summary>The fitting volatility is above <see cref="RiskLimits.MaxVolatility"/>.</summary>
    VolatilityOutOfRange,

    /// <summary>An input failed <see cref="RiskLimits"/> (or the target price is not finite / negative).</summary>
    InvalidInput,

    /// <summary>No convergence in the iteration budget (not expected for valid inputs; reported, not thrown).</summary>
    NotConverged,
}
