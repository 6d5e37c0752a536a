namespace LowLatency.Model.Orders;

/// <summary>
/// The state of an order after an execution report (FIX OrdStatus(39) in spirit, FIX-agnostic names),
/// shared by the venue that reports it and the engine that tracks it.
/// </summary>
public enum OrderStatus : byte
{
    /// <summary>Live with nothing filled (also after a replace of an unfilled order).</summary>
    New = 1,

    /// <summary>Live with part filled.</summary>
    PartiallyFilled = 2,

    /// <summary>Done: the whole quantity traded.</summary>
    Filled = 3,

    /// <summary>Done: cancelled with quantity left.</summary>
    Canceled = 4,

    /// <summary>Done: never accepted.</summary>
    Rejected = 5,

    /// <summary>Done: time in force ran out.</summary>
    Expired = 6,

    /// <summary>Sent, not yet acknowledged (engine side).</summary>
    PendingNew = 7,

    /// <summary>Cancel requested, not yet confirmed (engine side).</summary>
    PendingCancel = 8,

    /// <summary>Replace requested, not yet confirmed (engine side).</summary>
    PendingReplace = 9,
}
