namespace LowLatency.Execution.Orders;

/// <summary>What an execution report says happened (FIX ExecType 150, FIX-agnostic names; the gateway maps the chars).</summary>
public enum ExecutionKind : byte
{
    /// <summary>ExecType not understood (TradeCorrect, TradeCancel, Stopped, Suspended, Calculated …): refused, counted.</summary>
    Unsupported = 0,
    New = 1,
    Trade = 2,
    Canceled = 3,
    Replaced = 4,
    Rejected = 5,
    Expired = 6,
    DoneForDay = 7,
    PendingNew = 8,
    PendingCancel = 9,
    PendingReplace = 10,

    /// <summary>Restatement (D): terms restated by the venue, state unchanged.</summary>
    Restated = 11,

    /// <summary>Answer to an OrderStatusRequest (I): reconciles state and CumQty.</summary>
    OrderStatus = 12,
}
