using System.Runtime.CompilerServices;
using LowLatency.Execution.Config;
using LowLatency.Execution.Instruments;
using LowLatency.Execution.Routing;

namespace LowLatency.Execution.Orders;

// Invariants:
//  * every id issued is (sequence << _bits) | slot with a global, strictly increasing sequence, so the ids of one
//    order form the range [FirstClOrdId, LastClOrdId] within its slot and a recycled slot's new order starts above
//    the old one's range: a stale id can never be mistaken for the new order;
//  * an order is in its instrument's open list, counted in OpenCount and in _openBuy/_openSell (by Exposure) iff
//    OrderStates.IsOpen(State);
//  * a done order's slot goes to the back of the free FIFO but keeps its data until reused (found by ClOrdID, no
//    longer by venue OrderID: that index holds open orders only);
//  * single writer (the decision thread); nothing here allocates after construction.

/// <summary>
/// The preallocated order table: orders by slot, O(1) lookup by ClOrdID (parse + mask) and by venue OrderID
/// (hash), requests (new, cancel, replace) and the FIX order state machine applied to venue reports
/// (<see cref="Apply"/>), plus per-instrument open quantities for pre-trade risk.
/// </summary>
internal sealed partial class OrderTable
{
    private readonly Order[] _orders;
    private readonly int _bits;
    private readonly long _mask;
    private readonly SlotQueue _free;
    private readonly VenueOrderIndex _byVenueOrderId;
    private readonly ExecIdWindow _execIds;
    private readonly InstrumentTable _instruments;
    private readonly int[] _openHead;
    private readonly long[] _openBuy;
    private readonly long[] _openSell;
    private readonly int _maxInFlight;
    private long _nextSequence;
    private int _openCount;

    public OrderTable(OrderSettings settings, InstrumentTable instruments, int execIdWindow = 1 << 16)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(instruments);
        int capacity = settings.Capacity;
        _orders = new Order[capacity];
        _bits = System.Numerics.BitOperations.Log2((uint)capacity);
        _mask = capacity - 1;
        _free = new SlotQueue(capacity);
        _byVenueOrderId = new VenueOrderIndex(capacity);
        _execIds = new ExecIdWindow(execIdWindow);
        _instruments = instruments;
        _openHead = new int[instruments.Count];
        Array.Fill(_openHead, -1);
        _openBuy = new long[instruments.Count];
        _openSell = new long[instruments.Count];
        _maxInFlight = settings.MaxInFlightPerOrder;
        _nextSequence = settings.InitialSequence;
    }

    public int Capacity => _orders.Length;

    /// <summary>Orders not yet done (pending ones included).</summary>
    public int OpenCount => _openCount;

    /// <summary>The sequence the next id will use (journal it so a restart continues above).</summary>
    public long NextSequence => _nextSequence;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref Order At(int slot) => ref _orders[slot];

    /// <summary>Worst-case open buy quantity of an instrument (mantissa): Σ leaves (or pending replace quantity if larger).</summary>
    public long OpenBuy(int instrument) => _openBuy[instrument];

    public long OpenSell(int instrument) => _openSell[instrument];

    /// <summary>First open order of an instrument (follow <see cref="Order.NextOpen"/>), -1 when none.</summary>
    public int FirstOpen(int instrument) => _openHead[instrument];

    /// <summary>Finds the order an id of ours belongs to: the slot is in the low bits, the range check rejects stale ids.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryFind(long clOrdId, out int slot)
    {
        slot = (int)(clOrdId & _mask);
        ref Order o = ref _orders[slot];
        return clOrdId > 0 && o.State != OrderState.None && clOrdId >= o.FirstClOrdId && clOrdId <= o.LastClOrdId;
    }

    /// <summary>Finds an order by the venue's OrderID (bytes compared, so hash collisions cannot mislead).</summary>
    public bool TryFindByVenueOrderId(int venue, ReadOnlySpan<byte> venueOrderId, out int slot)
    {
        ulong hash = VenueOrderHash(venue, venueOrderId);
        int cell = _byVenueOrderId.Find(hash);
        while (cell >= 0)
        {
            slot = _byVenueOrderId.SlotAt(cell);
            ref Order o = ref _orders[slot];
            if (o.State != OrderState.None && o.Venue == venue && o.VenueOrderId.SequenceEqual(venueOrderId))
            {
                return true;
            }

            cell = _byVenueOrderId.Find(hash, cell);
        }

        slot = -1;
        return false;
    }

    /// <summary>Takes a slot for a routed, risk-checked child order: state PendingNew, counted as open at once.</summary>
    public OrderRequestResult TryCreate(in ChildOrder child, long nowNs, out int slot)
    {
        if (!_free.TryDequeue(out slot))
        {
            return OrderRequestResult.TableFull;
        }

        ref Order o = ref _orders[slot];
        long id = NextId(slot);
        o = default;
        o.State = OrderState.PendingNew;
        o.BaseState = OrderState.PendingNew;
        o.Side = child.Side;
        o.Type = child.Type;
        o.TimeInForce = child.TimeInForce;
        o.Instrument = child.InstrumentIndex;
        o.Venue = child.VenueIndex;
        o.ClOrdId = id;
        o.FirstClOrdId = id;
        o.LastClOrdId = id;
        o.Price = child.Price;
        o.Quantity = child.Quantity;
        o.Leaves = child.Quantity;
        o.CreatedNs = nowNs;
        o.RequestSentNs = nowNs;
        o.LastUpdateNs = nowNs;
        o.DecisionTimestampNs = child.DecisionTimestampNs;
        o.PolicyId = child.PolicyId;
        o.Reason = child.Reason;
        o.Urgency = child.Urgency;
        o.LastRejectCode = -1;
        LinkOpen(slot, ref o);
        UpdateExposure(ref o);
        return OrderRequestResult.Accepted;
    }

    /// <summary>Moves the order to PendingCancel and issues the cancel request's id.</summary>
    public OrderRequestResult TryRequestCancel(int slot, long nowNs, out long requestId)
    {
        requestId = 0;
        ref Order o = ref _orders[slot];
        OrderRequestResult check = CheckRequest(ref o);
        if (check != OrderRequestResult.Accepted)
        {
            return check;
        }

        requestId = NextId(slot);
        o.LastClOrdId = requestId;
        o.PendingClOrdId = requestId;
        o.BaseState = o.State;
        o.State = OrderState.PendingCancel;
        o.Pending = RequestKind.Cancel;
        o.RequestSentNs = nowNs;
        o.StatusRequested = false;
        return OrderRequestResult.Accepted;
    }

    /// <summary>Moves the order to PendingReplace with new terms (exposure counts the larger of old and new until confirmed).</summary>
    public OrderRequestResult TryRequestReplace(int slot, long price, long quantity, long nowNs, out long requestId)
    {
        requestId = 0;
        ref Order o = ref _orders[slot];
        OrderRequestResult check = CheckRequest(ref o);
        if (check != OrderRequestResult.Accepted)
        {
            return check;
        }

        ref readonly InstrumentInfo info = ref _instruments[o.Instrument];
        if (price <= 0 || price % info.Tick != 0)
        {
            return OrderRequestResult.InvalidPrice;
        }

        if (quantity <= 0 || quantity % info.Lot != 0)
        {
            return OrderRequestResult.InvalidQuantity;
        }

        if (quantity <= o.Cum)
        {
            return OrderRequestResult.QuantityNotAboveFilled;
        }

        requestId = NextId(slot);
        o.LastClOrdId = requestId;
        o.PendingClOrdId = requestId;
        o.PendingPrice = price;
        o.PendingQuantity = quantity;
        o.BaseState = o.State;
        o.State = OrderState.PendingReplace;
        o.Pending = RequestKind.Replace;
        o.RequestSentNs = nowNs;
        o.StatusRequested = false;
        UpdateExposure(ref o);
        return OrderRequestResult.Accepted;
    }

    /// <summary>The cancel/replace could not be sent: back to the state before the request.</summary>
    public void AbandonRequest(int slot)
    {
        ref Order o = ref _orders[slot];
        if (o.Pending == RequestKind.None)
        {
            return;
        }

        o.State = o.BaseState;
        o.Pending = RequestKind.None;
        o.PendingClOrdId = 0;
        UpdateExposure(ref o);
    }

    /// <summary>The new order could not be sent: it is done (Rejected locally) and frees its exposure.</summary>
    public void AbandonNew(int slot, long nowNs)
    {
        ref Order o = ref _orders[slot];
        o.LastUpdateNs = nowNs;
        Finish(slot, ref o, OrderState.Rejected);
    }

    /// <summary>A snapshot of the order at a slot.</summary>
    public OrderView View(int slot) => new(in _orders[slot], in _instruments[_orders[slot].Instrument]);

    private OrderRequestResult CheckRequest(ref Order o)
    {
        if (o.State == OrderState.None)
        {
            return OrderRequestResult.OrderNotFound;
        }

        if (OrderStates.IsDone(o.State))
        {
            return OrderRequestResult.OrderDone;
        }

        if (o.Pending != RequestKind.None)
        {
            return OrderRequestResult.AlreadyPending;
        }

        return o.InFlight + 1 > _maxInFlight ? OrderRequestResult.InFlightLimit : OrderRequestResult.Accepted;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long NextId(int slot) => (_nextSequence++ << _bits) | (uint)slot;

    private static ulong VenueOrderHash(int venue, ReadOnlySpan<byte> id) => AsciiHash.Hash(id, (ulong)(venue + 1) * 0x9E3779B97F4A7C15UL);

    /// <summary>Recomputes the order's contribution to its instrument's open buy/sell worst case.</summary>
    private void UpdateExposure(ref Order o)
    {
        long exposure = 0;
        if (OrderStates.IsOpen(o.State))
        {
            exposure = o.Leaves;
            if (o.Pending == RequestKind.Replace)
            {
                exposure = Math.Max(exposure, o.PendingQuantity - o.Cum);
            }
        }

        long delta = exposure - o.Exposure;
        if (delta != 0)
        {
            if (o.Side == Model.Orders.Side.Buy)
            {
                _openBuy[o.Instrument] += delta;
            }
            else
            {
                _openSell[o.Instrument] += delta;
            }

            o.Exposure = exposure;
        }
    }

    private void LinkOpen(int slot, ref Order o)
    {
        int head = _openHead[o.Instrument];
        o.PrevOpen = -1;
        o.NextOpen = head;
        if (head >= 0)
        {
            _orders[head].PrevOpen = slot;
        }

        _openHead[o.Instrument] = slot;
        _openCount++;
    }

    private void UnlinkOpen(int slot, ref Order o)
    {
        if (o.PrevOpen >= 0)
        {
            _orders[o.PrevOpen].NextOpen = o.NextOpen;
        }
        else
        {
            _openHead[o.Instrument] = o.NextOpen;
        }

        if (o.NextOpen >= 0)
        {
            _orders[o.NextOpen].PrevOpen = o.PrevOpen;
        }

        o.NextOpen = -1;
        o.PrevOpen = -1;
        _openCount--;
    }

    /// <summary>Puts the order in a done state: out of the open list and exposure, slot to the back of the free FIFO.</summary>
    private void Finish(int slot, ref Order o, OrderState done)
    {
        bool wasOpen = OrderStates.IsOpen(o.State);
        o.State = done;
        o.BaseState = done;
        o.Pending = RequestKind.None;
        o.PendingClOrdId = 0;
        o.Leaves = 0;
        o.CancelWanted = false;
        UpdateExposure(ref o);
        if (wasOpen)
        {
            UnlinkOpen(slot, ref o);
            _free.Enqueue(slot);
        }

        if (o.VenueOrderHash != 0)
        {
            // The index holds open orders only: it stays as small as the open book even if a venue reuses OrderIDs.
            _byVenueOrderId.Remove(o.VenueOrderHash, slot);
            o.VenueOrderHash = 0;
        }
    }
}
