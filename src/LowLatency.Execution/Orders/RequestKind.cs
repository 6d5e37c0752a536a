namespace LowLatency.Execution.Orders;

/// <summary>One of our order requests: what a cancel reject or business reject refers to, and what a pending ack waits for.</summary>
public enum RequestKind : byte
{
    None = 0,

    /// <summary>NewOrderSingle (35=D).</summary>
    New = 1,

    /// <summary>OrderCancelRequest (35=F).</summary>
    Cancel = 2,

    /// <summary>OrderCancelReplaceRequest (35=G).</summary>
    Replace = 3,
}
