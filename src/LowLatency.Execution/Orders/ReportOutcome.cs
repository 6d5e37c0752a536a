namespace LowLatency.Execution.Orders;

/// <summary>
/// What applying an <see cref="OrderReport"/> did. Values below <see cref="DuplicateExecId"/> changed (or confirmed)
/// the order; the ignored ones are normal protocol noise; the refused ones are illegal transitions or bad reports,
/// counted by reason for logs, metrics and the dashboard. Never an exception.
/// </summary>
public enum ReportOutcome : byte
{
    /// <summary>Informational report consistent with our state (late ack, venue-side pending ack, restatement).</summary>
    Unchanged = 0,
    Acknowledged = 1,

    /// <summary>A fill was applied (partial or full); positions were updated.</summary>
    Filled = 2,
    Canceled = 3,
    Replaced = 4,
    Rejected = 5,
    Expired = 6,
    DoneForDay = 7,

    /// <summary>Our cancel was refused; the order is back in its previous state.</summary>
    CancelRejected = 8,

    /// <summary>Our replace was refused; the order keeps its old terms.</summary>
    ReplaceRejected = 9,

    /// <summary>A fill beyond the order quantity: applied to positions (it happened) and flagged as a breach.</summary>
    Overfilled = 10,

    // ---- ignored (protocol noise, idempotency) ----

    /// <summary>ExecID already applied (duplicate or PossDup resend).</summary>
    DuplicateExecId = 20,

    /// <summary>CumQty not above what we have: an out-of-order or repeated report.</summary>
    StaleCumQty = 21,

    /// <summary>A cancel reject for an order already done or for a request no longer pending.</summary>
    StaleReject = 22,

    // ---- refused ----

    /// <summary>No order of ours with that ClOrdID/OrigClOrdID/OrderID.</summary>
    UnknownOrder = 40,

    /// <summary>The order is already done (filled, cancelled, rejected, expired): nothing may change it.</summary>
    OrderAlreadyDone = 41,

    /// <summary>Replaced without a pending replace.</summary>
    UnexpectedReplace = 42,

    /// <summary>Rejected for an order the venue had already acknowledged.</summary>
    RejectOfLiveOrder = 43,

    /// <summary>ExecType the engine does not handle (trade busts/corrections, …).</summary>
    UnsupportedExecType = 44,

    /// <summary>A price or quantity with more decimals than the instrument's scale, or a negative one.</summary>
    BadQuantityOrPrice = 45,

    /// <summary>The FIX message could not be mapped to a report (missing field, foreign id, unsupported side …).</summary>
    NotMapped = 46,
}
