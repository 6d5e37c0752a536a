namespace LowLatency.Execution.Orders;

/// <summary>Why the order table accepted or refused one of our own requests (new, cancel, replace).</summary>
public enum OrderRequestResult : byte
{
    Accepted = 0,

    /// <summary>No order with that id (never existed, or its slot was reused).</summary>
    OrderNotFound = 1,

    /// <summary>The order is already done.</summary>
    OrderDone = 2,

    /// <summary>A cancel or replace is already pending: requests do not chain.</summary>
    AlreadyPending = 3,

    /// <summary>The order has as many requests outstanding as <c>Orders.MaxInFlightPerOrder</c> allows.</summary>
    InFlightLimit = 4,

    /// <summary>A replace must leave more than the quantity already filled.</summary>
    QuantityNotAboveFilled = 5,

    /// <summary>Price not positive or not on the tick grid.</summary>
    InvalidPrice = 6,

    /// <summary>Quantity not positive or not a lot multiple.</summary>
    InvalidQuantity = 7,

    /// <summary>Every order slot is in use by an open order.</summary>
    TableFull = 8,

    /// <summary>The venue session did not take the message (disconnected, back-pressure): nothing was sent.</summary>
    SendFailed = 9,
}
