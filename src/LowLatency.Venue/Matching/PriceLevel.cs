namespace LowLatency.Venue.Matching;

/// <summary>
/// One price level: a FIFO of order slots (time priority) and its aggregates, kept in a pool whose slot
/// never moves while the level exists, so an order can point at its level and a cancel updates the
/// aggregate in O(1).
/// </summary>
internal struct PriceLevel
{
    public long PriceTicks;
    public long TotalLots;
    public int OrderCount;

    /// <summary>Oldest order (first to fill); -1 when empty.</summary>
    public int Head;

    /// <summary>Newest order (joins behind everyone); -1 when empty.</summary>
    public int Tail;

    /// <summary>Free-list link while the slot is unused.</summary>
    public int NextFree;
}
