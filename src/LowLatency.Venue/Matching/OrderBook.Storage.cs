using System.Runtime.CompilerServices;

namespace LowLatency.Venue.Matching;

// Pools, the (owner, client order id) index and the per-level FIFO links: everything here is O(1) and
// allocation-free; callers guarantee a free slot exists before allocating.
public sealed partial class OrderBook
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BucketOf(int owner, in ClientOrderId clientOrderId)
    {
        ulong h = clientOrderId.Hash64() ^ ((ulong)(uint)owner * 0x9E3779B97F4A7C15UL);
        return (int)(h ^ (h >> 32)) & _bucketMask;
    }

    /// <summary>Slot of the resting order with this key, or -1. Chains are short: buckets ≥ 2 × capacity.</summary>
    private int FindOrder(int owner, in ClientOrderId clientOrderId)
    {
        OrderNode[] orders = _orders;
        int slot = _buckets[BucketOf(owner, clientOrderId)];
        while ((uint)slot < (uint)orders.Length)
        {
            ref OrderNode o = ref orders[slot];
            if (o.Owner == owner && o.ClientOrderId.Equals(clientOrderId))
            {
                return slot;
            }

            slot = o.HashNext;
        }

        return None;
    }

    private void IndexAdd(int slot)
    {
        ref OrderNode o = ref _orders[slot];
        int bucket = BucketOf(o.Owner, o.ClientOrderId);
        o.HashNext = _buckets[bucket];
        _buckets[bucket] = slot;
    }

    private void IndexRemove(int slot)
    {
        ref OrderNode o = ref _orders[slot];
        int bucket = BucketOf(o.Owner, o.ClientOrderId);
        int current = _buckets[bucket];
        if (current == slot)
        {
            _buckets[bucket] = o.HashNext;
            o.HashNext = None;
            return;
        }

        while (current != None)
        {
            ref OrderNode c = ref _orders[current];
            if (c.HashNext == slot)
            {
                c.HashNext = o.HashNext;
                o.HashNext = None;
                return;
            }

            current = c.HashNext;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int AllocateOrder()
    {
        int slot = _freeOrder;
        _freeOrder = _orders[slot].Next;
        return slot;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ReleaseOrder(int slot)
    {
        ref OrderNode o = ref _orders[slot];
        o.Level = None;
        o.Prev = None;
        o.Next = _freeOrder;
        _freeOrder = slot;
    }

    /// <summary>Never fails while orders do: every level holds at least one order, and both pools have the same size.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int AllocateLevel(long priceTicks)
    {
        int index = _freeLevel;
        ref PriceLevel level = ref _levels[index];
        _freeLevel = level.NextFree;
        level.PriceTicks = priceTicks;
        level.TotalLots = 0;
        level.OrderCount = 0;
        level.Head = None;
        level.Tail = None;
        return index;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ReleaseLevel(int index)
    {
        _levels[index].NextFree = _freeLevel;
        _freeLevel = index;
    }

    /// <summary>Joins the order at the tail of the level: behind everyone already there (time priority).</summary>
    private void Append(int levelIndex, int slot)
    {
        ref PriceLevel level = ref _levels[levelIndex];
        ref OrderNode o = ref _orders[slot];
        o.Level = levelIndex;
        o.Next = None;
        o.Prev = level.Tail;
        if (level.Tail != None)
        {
            _orders[level.Tail].Next = slot;
        }
        else
        {
            level.Head = slot;
        }

        level.Tail = slot;
        level.TotalLots += o.LeavesLots;
        level.OrderCount++;
    }

    /// <summary>Takes the order out of its level's FIFO and the level's aggregates (its current leaves).</summary>
    private void Unlink(ref PriceLevel level, int slot)
    {
        ref OrderNode o = ref _orders[slot];
        if (o.Prev != None)
        {
            _orders[o.Prev].Next = o.Next;
        }
        else
        {
            level.Head = o.Next;
        }

        if (o.Next != None)
        {
            _orders[o.Next].Prev = o.Prev;
        }
        else
        {
            level.Tail = o.Prev;
        }

        level.TotalLots -= o.LeavesLots;
        level.OrderCount--;
        o.Level = None;
        o.Prev = None;
        o.Next = None;
    }

    /// <summary>
    /// Removes a resting order from its level, the index and the open count (the slot stays allocated).
    /// Returns the level slot if the level still has orders, or -1 if it was emptied and deleted.
    /// </summary>
    private int DetachResting(int slot)
    {
        ref OrderNode o = ref _orders[slot];
        int levelIndex = o.Level;
        ref PriceLevel level = ref _levels[levelIndex];
        Unlink(ref level, slot);
        IndexRemove(slot);
        _openOrders--;
        if (level.OrderCount != 0)
        {
            return levelIndex;
        }

        ref BookSide side = ref SideOf(o.Side);
        side.TryFind(KeyOf(o.Side, o.PriceTicks), out int position);
        side.RemoveAt(position);
        ReleaseLevel(levelIndex);
        return None;
    }

    /// <summary>Sort key of a price on a side: larger is better on both sides (see <see cref="BookSide"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long KeyOf(Model.Orders.Side side, long priceTicks) => side == Model.Orders.Side.Buy ? priceTicks : -priceTicks;
}
