namespace LowLatency.Execution.Metrics;

/// <summary>Per-venue order-flow counters.</summary>
public enum VenueCounter
{
    OrdersSent,
    OrdersAcked,
    Fills,
    OrdersFilled,
    OrdersRejected,
    OrdersCanceled,
    CancelsSent,
    CancelRejects,
    RiskRefusals,
    SendFailures,
}
