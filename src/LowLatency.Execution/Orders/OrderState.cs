namespace LowLatency.Execution.Orders;

/// <summary>
/// Engine-side order state with FIX 4.4 semantics (OrdStatus 39 plus the pending states we enter when we send a
/// request). "Replaced" is an event, not a state: after a confirmed replace the order is New or PartiallyFilled
/// again with the new terms (FIX 4.4 dropped OrdStatus=Replaced). Numbered explicitly: journals persist it.
/// </summary>
public enum OrderState : byte
{
    /// <summary>Free table slot.</summary>
    None = 0,

    /// <summary>NewOrderSingle sent, not acknowledged.</summary>
    PendingNew = 1,

    /// <summary>Acknowledged, nothing filled.</summary>
    New = 2,

    /// <summary>Live, part filled.</summary>
    PartiallyFilled = 3,

    /// <summary>Done: fully filled.</summary>
    Filled = 4,

    /// <summary>Cancel sent, not confirmed.</summary>
    PendingCancel = 5,

    /// <summary>Done: cancelled (on request, IOC remainder, unsolicited).</summary>
    Canceled = 6,

    /// <summary>Cancel/replace sent, not confirmed.</summary>
    PendingReplace = 7,

    /// <summary>Done: refused by the venue (or refused before sending).</summary>
    Rejected = 8,

    /// <summary>Done: time in force ran out.</summary>
    Expired = 9,

    /// <summary>Done for the day: no further executions today (treated as final by the engine).</summary>
    DoneForDay = 10,
}
