namespace LowLatency.Venue.Matching;

/// <summary>
/// Why an order was refused on entry. The gateway maps it to OrdRejReason(103) and puts
/// <see cref="MatchingText.Describe(OrderRejectReason)"/> in Text(58).
/// </summary>
public enum OrderRejectReason : byte
{
    None = 0,

    /// <summary>The instrument is not traded on this venue (FIX 103=1).</summary>
    UnknownInstrument = 1,

    /// <summary>Side is neither buy nor sell (FIX 103=11).</summary>
    UnsupportedSide = 2,

    /// <summary>Order type is neither limit nor market (FIX 103=11).</summary>
    UnsupportedOrderType = 3,

    /// <summary>Time in force is not Day/GTC/IOC/FOK (FIX 103=11).</summary>
    UnsupportedTimeInForce = 4,

    /// <summary>Limit price is zero or negative (FIX 103=99).</summary>
    PriceNotPositive = 5,

    /// <summary>Limit price is not a multiple of the tick size (FIX 103=99).</summary>
    PriceNotOnTick = 6,

    /// <summary>Quantity is zero or negative (FIX 103=13).</summary>
    QuantityNotPositive = 7,

    /// <summary>Quantity is not a multiple of the lot size (FIX 103=13).</summary>
    QuantityNotLotMultiple = 8,

    /// <summary>Quantity exceeds the venue's per-order maximum (FIX 103=3).</summary>
    QuantityTooLarge = 9,

    /// <summary>The owner already has a live order with this client order id (FIX 103=6).</summary>
    DuplicateClientOrderId = 10,

    /// <summary>The book holds as many orders as it was sized for (FIX 103=3).</summary>
    OrderCapacityExceeded = 11,

    /// <summary>Refused by fault injection (reject-every-Nth-order), for reliability tests (FIX 103=0).</summary>
    SimulatedFault = 12,
}
