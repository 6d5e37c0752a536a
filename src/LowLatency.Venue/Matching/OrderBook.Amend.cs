using LowLatency.Model.Orders;

namespace LowLatency.Venue.Matching;

// Cancel, cancel/replace and mass cancel of resting orders.
public sealed partial class OrderBook
{
    /// <summary>Owner value that makes <see cref="CancelAll"/> apply to every owner.</summary>
    internal const int AnyOwner = int.MinValue;

    internal void Cancel<TListener>(in CancelRequest request, ref TListener listener)
        where TListener : struct, IMatchingListener
    {
        int slot = FindOrder(request.Owner, request.OrigClientOrderId);
        if (slot == None)
        {
            EmitCancelReject(ref listener, request.Owner, request.ClientOrderId, request.OrigClientOrderId, 0, OrderStatus.Rejected, CancelRejectResponseTo.Cancel, CancelRejectReason.UnknownOrder);
            return;
        }

        ref OrderNode o = ref _orders[slot];
        EmitOrderEvent(ref listener, ref o, ExecType.Canceled, OrderStatus.Canceled, 0, request.ClientOrderId, o.ClientOrderId, CancelReason.Requested);
        int surviving = DetachResting(slot);
        EmitLevelAfterDetach(ref listener, o.Side, o.PriceTicks, surviving);
        ReleaseOrder(slot);
        listener.OnBatchEnd(_instrument, _sequence);
    }

    internal void Replace<TListener>(in ReplaceRequest request, ref TListener listener)
        where TListener : struct, IMatchingListener
    {
        int slot = FindOrder(request.Owner, request.OrigClientOrderId);
        if (slot == None)
        {
            EmitCancelReject(ref listener, request.Owner, request.ClientOrderId, request.OrigClientOrderId, 0, OrderStatus.Rejected, CancelRejectResponseTo.Replace, CancelRejectReason.UnknownOrder);
            return;
        }

        ref OrderNode o = ref _orders[slot];
        CancelRejectReason reason = ValidateReplace(in request, ref o, out long priceTicks, out long lots);
        if (reason != CancelRejectReason.None)
        {
            EmitCancelReject(ref listener, request.Owner, request.ClientOrderId, request.OrigClientOrderId, o.OrderId, StatusOf(ref o), CancelRejectResponseTo.Replace, reason);
            return;
        }

        ClientOrderId previousId = o.ClientOrderId;
        long newLeaves = lots - o.CumLots;
        long sequenceBefore = _sequence;
        if (priceTicks == o.PriceTicks && newLeaves <= o.LeavesLots)
        {
            // Same price, same or smaller size: the order keeps its place in the queue.
            if (!request.ClientOrderId.Equals(previousId))
            {
                IndexRemove(slot);
                o.ClientOrderId = request.ClientOrderId;
                IndexAdd(slot);
            }

            long decrease = o.LeavesLots - newLeaves;
            o.OrderLots = lots;
            o.LeavesLots = newLeaves;
            EmitOrderEvent(ref listener, ref o, ExecType.Replaced, StatusOf(ref o), newLeaves, o.ClientOrderId, previousId, CancelReason.None);
            if (decrease != 0)
            {
                ref PriceLevel level = ref _levels[o.Level];
                level.TotalLots -= decrease;
                EmitLevel(ref listener, BookUpdateAction.Change, o.Side, level.PriceTicks, level.TotalLots, level.OrderCount);
            }
        }
        else
        {
            // Price change or size increase: out of the queue, then in again as if just arrived (it may trade).
            long oldPriceTicks = o.PriceTicks;
            int surviving = DetachResting(slot);
            o.ClientOrderId = request.ClientOrderId;
            o.PriceTicks = priceTicks;
            o.OrderLots = lots;
            o.LeavesLots = newLeaves;
            EmitOrderEvent(ref listener, ref o, ExecType.Replaced, StatusOf(ref o), newLeaves, o.ClientOrderId, previousId, CancelReason.None);
            EmitLevelAfterDetach(ref listener, o.Side, oldPriceTicks, surviving);
            MatchIncoming(slot, ref listener);
            CompleteAfterMatch(slot, ref listener);
        }

        if (_sequence != sequenceBefore)
        {
            listener.OnBatchEnd(_instrument, _sequence);
        }
    }

    private CancelRejectReason ValidateReplace(in ReplaceRequest request, ref OrderNode o, out long priceTicks, out long lots)
    {
        lots = 0;
        priceTicks = 0;
        if (request.Side != o.Side)
        {
            return CancelRejectReason.SideMismatch;
        }

        switch (ToTicks(request.Price, out priceTicks))
        {
            case PriceCheck.NotPositive:
                return CancelRejectReason.PriceNotPositive;
            case PriceCheck.NotOnTick:
                return CancelRejectReason.PriceNotOnTick;
        }

        switch (ToLots(request.Quantity, out lots))
        {
            case PriceCheck.NotPositive:
                return CancelRejectReason.QuantityNotPositive;
            case PriceCheck.NotOnTick:
                return CancelRejectReason.QuantityNotLotMultiple;
            case PriceCheck.TooLarge:
                return CancelRejectReason.QuantityTooLarge;
        }

        if (lots <= o.CumLots)
        {
            return CancelRejectReason.QuantityNotAboveFilled;
        }

        if (!request.ClientOrderId.Equals(o.ClientOrderId) && FindOrder(request.Owner, request.ClientOrderId) != None)
        {
            return CancelRejectReason.DuplicateClientOrderId;
        }

        return CancelRejectReason.None;
    }

    /// <summary>
    /// Cancels every resting order of <paramref name="owner"/> (or of everyone with <see cref="AnyOwner"/>),
    /// only Day orders when <paramref name="dayOnly"/>; <see cref="CancelReason.EndOfDay"/> reports them as
    /// expired. Rare path: walks the levels, O(resting orders).
    /// </summary>
    internal void CancelAll<TListener>(int owner, bool dayOnly, CancelReason reason, ref TListener listener)
        where TListener : struct, IMatchingListener
    {
        long sequenceBefore = _sequence;
        CancelAllOnSide(Side.Buy, owner, dayOnly, reason, ref listener);
        CancelAllOnSide(Side.Sell, owner, dayOnly, reason, ref listener);
        if (_sequence != sequenceBefore)
        {
            listener.OnBatchEnd(_instrument, _sequence);
        }
    }

    private void CancelAllOnSide<TListener>(Side side, int owner, bool dayOnly, CancelReason reason, ref TListener listener)
        where TListener : struct, IMatchingListener
    {
        ref BookSide book = ref SideOf(side);
        // Best to worst: deleting the level at `position` shifts only the better levels, already visited.
        for (int position = book.Count - 1; position >= 0; position--)
        {
            int levelIndex = book.LevelAt(position);
            ref PriceLevel level = ref _levels[levelIndex];
            bool touched = false;
            int slot = level.Head;
            while (slot != None)
            {
                ref OrderNode o = ref _orders[slot];
                int next = o.Next;
                if ((owner == AnyOwner || o.Owner == owner) && (!dayOnly || o.TimeInForce == TimeInForce.Day))
                {
                    EmitUnsolicitedCancel(ref listener, ref o, reason);
                    Unlink(ref level, slot);
                    IndexRemove(slot);
                    _openOrders--;
                    ReleaseOrder(slot);
                    touched = true;
                }

                slot = next;
            }

            if (!touched)
            {
                continue;
            }

            if (level.OrderCount == 0)
            {
                long priceTicks = level.PriceTicks;
                book.RemoveAt(position);
                ReleaseLevel(levelIndex);
                EmitLevel(ref listener, BookUpdateAction.Delete, side, priceTicks, 0, 0);
            }
            else
            {
                EmitLevel(ref listener, BookUpdateAction.Change, side, level.PriceTicks, level.TotalLots, level.OrderCount);
            }
        }
    }
}
