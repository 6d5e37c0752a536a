namespace LowLatency.Execution.Risk;

/// <summary>
/// Why pre-trade risk refused a child order (or <see cref="Passed"/>). The same code goes to the listener (logs),
/// the metrics counters and the dashboard. Numbered explicitly: journals and dashboards persist the number.
/// </summary>
public enum RiskReason : byte
{
    Passed = 0,

    /// <summary>The global kill switch is on: no new orders until reset.</summary>
    KillSwitch = 1,

    /// <summary>The kill switch is on for this venue (e.g. after a disconnect).</summary>
    VenueKilled = 2,

    /// <summary>The venue session is down.</summary>
    VenueDisconnected = 3,

    /// <summary>Instrument or venue not configured.</summary>
    UnknownInstrument = 4,

    /// <summary>Quantity not positive or not a multiple of the lot.</summary>
    InvalidQuantity = 5,

    /// <summary>Price not positive or not on the tick grid.</summary>
    InvalidPrice = 6,

    /// <summary>Quantity above the instrument's maximum order quantity.</summary>
    MaxOrderQuantity = 7,

    /// <summary>Notional above the instrument's maximum order notional.</summary>
    MaxOrderNotional = 8,

    /// <summary>No reference price (no two-sided market, no trade) to check the collar against.</summary>
    NoReferencePrice = 9,

    /// <summary>Limit price further from the reference than the collar allows.</summary>
    PriceCollar = 10,

    /// <summary>Worst-case position after the order (all open orders filled) beyond the maximum.</summary>
    MaxPosition = 11,

    /// <summary>Worst-case gross exposure after the order beyond the maximum.</summary>
    MaxGrossExposure = 12,

    /// <summary>Open orders would exceed the maximum.</summary>
    MaxOpenOrders = 13,

    /// <summary>The order would trade against one of our own resting orders on the venue.</summary>
    SelfCross = 14,

    /// <summary>An identical order (venue, side, price, quantity) was sent within the duplicate window and is still open.</summary>
    DuplicateOrder = 15,

    /// <summary>The venue's order-rate bucket is empty.</summary>
    VenueThrottle = 16,

    /// <summary>The global order-rate bucket is empty.</summary>
    GlobalThrottle = 17,

    /// <summary>Every order slot is taken (raise Orders.Capacity).</summary>
    OrderTableFull = 18,
}
