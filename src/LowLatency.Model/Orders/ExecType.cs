namespace LowLatency.Model.Orders;

/// <summary>
/// What an execution report tells about an order (FIX ExecType(150) in spirit, FIX-agnostic names):
/// the venue emits it and the engine's order state machine consumes it. Partial and full fills are
/// both <see cref="Trade"/>; <see cref="OrderStatus"/> says which. Wire mapping lives in the gateways.
/// </summary>
public enum ExecType : byte
{
    /// <summary>Order accepted by the venue (and resting unless it traded or was cancelled right after).</summary>
    New = 1,

    /// <summary>A fill, partial or complete: LastPx/LastQty carry it.</summary>
    Trade = 2,

    /// <summary>Cancelled on request, or unsolicited (IOC/FOK remainder, self-trade prevention, mass cancel).</summary>
    Canceled = 3,

    /// <summary>Price and/or quantity amended on request.</summary>
    Replaced = 4,

    /// <summary>Refused on entry; the report carries a reason.</summary>
    Rejected = 5,

    /// <summary>Time in force ran out (a Day order at the end of the session).</summary>
    Expired = 6,

    /// <summary>Sent but not yet acknowledged (engine side; a venue answering synchronously never reports it).</summary>
    PendingNew = 7,

    /// <summary>Cancel requested and not yet confirmed.</summary>
    PendingCancel = 8,

    /// <summary>Replace requested and not yet confirmed.</summary>
    PendingReplace = 9,
}
