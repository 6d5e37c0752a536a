namespace LowLatency.Server.Pipeline;

/// <summary>What an outbound ring slot holds: a FIX message for the sender stage, or a record for the journal stage.</summary>
public enum OutboundKind : byte
{
    /// <summary>Skipped by both stages (a slot the decision thread claimed but could not fill).</summary>
    None = 0,

    /// <summary>A FIX application message body for one venue session (sender stage).</summary>
    FixMessage = 1,

    /// <summary>Journal: a fill as applied.</summary>
    Fill = 2,

    /// <summary>Journal: a NewOrderSingle handed to the sender.</summary>
    OrderSent = 3,

    /// <summary>Journal: the kill switch changed.</summary>
    KillSwitch = 4,

    /// <summary>Journal: collateral moved into the account.</summary>
    Collateral = 5,

    /// <summary>Lets the journal stage fsync on its interval while no other records arrive.</summary>
    Heartbeat = 6,

    /// <summary>Journal: the order id sequence moved without a new order (cancels, replaces, status requests).</summary>
    OrderSequence = 7,
}
