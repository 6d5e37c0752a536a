namespace LowLatency.Execution.Orders;

/// <summary>Which venue message an <see cref="OrderReport"/> came from.</summary>
public enum OrderReportKind : byte
{
    /// <summary>ExecutionReport (35=8).</summary>
    Execution = 0,

    /// <summary>OrderCancelReject (35=9): a cancel or replace refused; the order stands.</summary>
    CancelReject = 1,

    /// <summary>BusinessMessageReject (35=j) naming one of our requests.</summary>
    BusinessReject = 2,
}
