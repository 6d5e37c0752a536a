namespace LowLatency.Quant.Analytics.VaR;

/// <summary>
/// Outcome of an incremental VaR update or pre-trade check. A status, not an exception: this runs on the
/// decision thread, where bad input must be refused without unwinding the stack.
/// </summary>
public enum PreTradeVarStatus : byte
{
    /// <summary>Applied, or the trade passes (VaR after it is within the limit, or the trade lowers VaR).</summary>
    Ok = 0,

    /// <summary>The trade would take VaR above the limit and does not reduce it.</summary>
    LimitBreached = 1,

    /// <summary>The factor index is outside the covariance matrix; nothing changed.</summary>
    UnknownFactor = 2,

    /// <summary>An exposure, trade size or limit was NaN or infinite; nothing changed.</summary>
    NonFiniteInput = 3,

    /// <summary>Factor and size spans differ in length; nothing changed.</summary>
    MismatchedLengths = 4,
}
