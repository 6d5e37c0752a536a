namespace LowLatency.Execution.Routing;

/// <summary>Why the router produced no (or not all) child orders for a hedge intent; <see cref="Routed"/> when it did.</summary>
public enum RouteReason : byte
{
    Routed = 0,

    /// <summary>The intent names an instrument the engine does not trade.</summary>
    UnknownInstrument = 1,

    /// <summary>Quantity not positive.</summary>
    InvalidQuantity = 2,

    /// <summary>After rounding down to lots the quantity is below the instrument's minimum order size.</summary>
    BelowMinimumSize = 3,

    /// <summary>No venue is connected, un-killed and has a fresh book for the instrument.</summary>
    NoHealthyVenue = 4,

    /// <summary>Aggressive: no displayed liquidity on the other side at any healthy venue.</summary>
    NoLiquidity = 5,

    /// <summary>Aggressive: liquidity exists but none within the limit price / collar.</summary>
    LimitPriceExcludesMarket = 6,

    /// <summary>Passive: no price on either side to post at.</summary>
    NoMarket = 7,

    /// <summary>No reference price to bound the order with the collar.</summary>
    NoReferencePrice = 8,

    /// <summary>The global kill switch is on.</summary>
    KillSwitch = 9,
}
