namespace LowLatency.Execution.Risk;

/// <summary>Human-readable reason texts as UTF-8 literals (no allocation) for logs and the dashboard.</summary>
public static class RiskText
{
    /// <summary>Number of <see cref="RiskReason"/> values (array sizes for per-reason counters).</summary>
    public const int ReasonCount = (int)RiskReason.OrderTableFull + 1;

    public static ReadOnlySpan<byte> Describe(RiskReason reason) => reason switch
    {
        RiskReason.Passed => "passed"u8,
        RiskReason.KillSwitch => "kill switch active"u8,
        RiskReason.VenueKilled => "kill switch active for the venue"u8,
        RiskReason.VenueDisconnected => "venue disconnected"u8,
        RiskReason.UnknownInstrument => "instrument or venue not configured"u8,
        RiskReason.InvalidQuantity => "quantity not positive or not a lot multiple"u8,
        RiskReason.InvalidPrice => "price not positive or not on the tick grid"u8,
        RiskReason.MaxOrderQuantity => "order quantity above the maximum"u8,
        RiskReason.MaxOrderNotional => "order notional above the maximum"u8,
        RiskReason.NoReferencePrice => "no reference price for the collar"u8,
        RiskReason.PriceCollar => "price outside the collar around the reference"u8,
        RiskReason.MaxPosition => "worst-case position above the maximum"u8,
        RiskReason.MaxGrossExposure => "worst-case gross exposure above the maximum"u8,
        RiskReason.MaxOpenOrders => "too many open orders"u8,
        RiskReason.SelfCross => "would cross our own resting order"u8,
        RiskReason.DuplicateOrder => "duplicate of a recent open order"u8,
        RiskReason.VenueThrottle => "venue order rate exceeded"u8,
        RiskReason.GlobalThrottle => "global order rate exceeded"u8,
        RiskReason.OrderTableFull => "order table full"u8,
        _ => "unknown"u8,
    };
}
