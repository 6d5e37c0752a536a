using LowLatency.Model.Orders;

namespace LowLatency.Venue.Matching;

/// <summary>
/// One slot of a book's preallocated order pool. Prices are in ticks and quantities in lots internally,
/// so matching is plain long arithmetic; conversion back to <c>Price</c>/<c>Quantity</c> happens only when
/// a report is built. Links are slot indices (-1 = none), never references, so the pool is one array.
/// </summary>
internal struct OrderNode
{
    public ClientOrderId ClientOrderId;

    /// <summary>Σ fill price in ticks × fill lots, for AvgPx; Int128 because ticks × lots can pass 2^63 over many fills.</summary>
    public Int128 CumNotional;

    public long OrderId;
    public long PriceTicks;
    public long OrderLots;
    public long LeavesLots;
    public long CumLots;
    public int Owner;

    /// <summary>Previous order at the same level (towards the head, older); -1 at the head.</summary>
    public int Prev;

    /// <summary>Next order at the same level (newer); -1 at the tail. Doubles as the free-list link.</summary>
    public int Next;

    /// <summary>Level slot while resting, -1 otherwise.</summary>
    public int Level;

    /// <summary>Next slot in the same client-id hash bucket; -1 at the end of the chain.</summary>
    public int HashNext;

    public Side Side;
    public OrderType Type;
    public TimeInForce TimeInForce;
}
