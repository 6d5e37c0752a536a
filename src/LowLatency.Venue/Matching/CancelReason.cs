namespace LowLatency.Venue.Matching;

/// <summary>
/// Why an order left the book without filling completely; unsolicited reasons go to Text(58) of the
/// cancel (or expiry) execution report so the engine can tell them apart.
/// </summary>
public enum CancelReason : byte
{
    None = 0,

    /// <summary>The owner asked (OrderCancelRequest).</summary>
    Requested = 1,

    /// <summary>Remainder of an immediate-or-cancel order after matching.</summary>
    ImmediateOrCancel = 2,

    /// <summary>A fill-or-kill order that could not fill completely on arrival.</summary>
    FillOrKill = 3,

    /// <summary>Remainder of a market order once the opposite side ran out.</summary>
    MarketOrderRemainder = 4,

    /// <summary>Resting order of the same owner met by its incoming order (self-trade prevention: cancel resting).</summary>
    SelfTradePrevention = 5,

    /// <summary>Mass cancel for an owner (session dropped, cancel-on-disconnect, or a mass-cancel request).</summary>
    MassCancel = 6,

    /// <summary>A Day order at the end of the trading session (reported as expired).</summary>
    EndOfDay = 7,
}
