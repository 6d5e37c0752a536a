namespace LowLatency.Venue.Matching;

/// <summary>
/// Human-readable reasons for Text(58), as UTF-8 literals so the gateway copies them into the outgoing
/// message without allocating (the bytes live in the assembly's data section).
/// </summary>
public static class MatchingText
{
    public static ReadOnlySpan<byte> Describe(OrderRejectReason reason) => reason switch
    {
        OrderRejectReason.UnknownInstrument => "unknown instrument"u8,
        OrderRejectReason.UnsupportedSide => "unsupported side"u8,
        OrderRejectReason.UnsupportedOrderType => "unsupported order type: only limit and market"u8,
        OrderRejectReason.UnsupportedTimeInForce => "unsupported time in force: only Day, GTC, IOC, FOK"u8,
        OrderRejectReason.PriceNotPositive => "price must be positive"u8,
        OrderRejectReason.PriceNotOnTick => "price is not a multiple of the tick size"u8,
        OrderRejectReason.QuantityNotPositive => "quantity must be positive"u8,
        OrderRejectReason.QuantityNotLotMultiple => "quantity is not a multiple of the lot size"u8,
        OrderRejectReason.QuantityTooLarge => "quantity exceeds the maximum order size"u8,
        OrderRejectReason.DuplicateClientOrderId => "duplicate ClOrdID: a live order already uses it"u8,
        OrderRejectReason.OrderCapacityExceeded => "book is full: too many open orders"u8,
        OrderRejectReason.SimulatedFault => "simulated fault"u8,
        _ => ""u8,
    };

    public static ReadOnlySpan<byte> Describe(CancelRejectReason reason) => reason switch
    {
        CancelRejectReason.UnknownOrder => "unknown order: not live (never existed, filled or cancelled)"u8,
        CancelRejectReason.UnknownInstrument => "unknown instrument"u8,
        CancelRejectReason.DuplicateClientOrderId => "duplicate ClOrdID: a live order already uses it"u8,
        CancelRejectReason.SideMismatch => "side differs from the order's side"u8,
        CancelRejectReason.PriceNotPositive => "price must be positive"u8,
        CancelRejectReason.PriceNotOnTick => "price is not a multiple of the tick size"u8,
        CancelRejectReason.QuantityNotPositive => "quantity must be positive"u8,
        CancelRejectReason.QuantityNotLotMultiple => "quantity is not a multiple of the lot size"u8,
        CancelRejectReason.QuantityTooLarge => "quantity exceeds the maximum order size"u8,
        CancelRejectReason.QuantityNotAboveFilled => "new quantity must exceed the quantity already filled"u8,
        CancelRejectReason.SimulatedFault => "simulated fault"u8,
        _ => ""u8,
    };

    public static ReadOnlySpan<byte> Describe(CancelReason reason) => reason switch
    {
        CancelReason.Requested => "cancelled on request"u8,
        CancelReason.ImmediateOrCancel => "IOC remainder cancelled"u8,
        CancelReason.FillOrKill => "FOK not fully fillable: killed"u8,
        CancelReason.MarketOrderRemainder => "market order remainder cancelled: no more liquidity"u8,
        CancelReason.SelfTradePrevention => "self-trade prevention: resting order cancelled"u8,
        CancelReason.MassCancel => "mass cancel"u8,
        CancelReason.EndOfDay => "day order expired"u8,
        _ => ""u8,
    };
}
