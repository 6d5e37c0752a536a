using System.Runtime.CompilerServices;
using LowLatency.Core.FixedPoint;
using LowLatency.Model.Orders;

namespace LowLatency.Venue.Matching;

// New orders: validate, acknowledge, match, then rest or cancel the remainder.
public sealed partial class OrderBook
{
    internal void Submit<TListener>(in NewOrderRequest request, ref TListener listener)
        where TListener : struct, IMatchingListener
    {
        OrderRejectReason reason = ValidateNew(in request, out long priceTicks, out long lots);
        if (reason == OrderRejectReason.None && FindOrder(request.Owner, request.ClientOrderId) != None)
        {
            reason = OrderRejectReason.DuplicateClientOrderId;
        }

        if (reason == OrderRejectReason.None && _freeOrder == None)
        {
            reason = OrderRejectReason.OrderCapacityExceeded;
        }

        if (reason != OrderRejectReason.None)
        {
            EmitReject(ref listener, in request, reason);
            return;
        }

        int slot = AllocateOrder();
        ref OrderNode o = ref _orders[slot];
        o.ClientOrderId = request.ClientOrderId;
        o.CumNotional = 0;
        o.OrderId = ++_ids.OrderId;
        o.PriceTicks = priceTicks;
        o.OrderLots = lots;
        o.LeavesLots = lots;
        o.CumLots = 0;
        o.Owner = request.Owner;
        o.Prev = None;
        o.Next = None;
        o.Level = None;
        o.HashNext = None;
        o.Side = request.Side;
        o.Type = request.Type;
        o.TimeInForce = request.TimeInForce;

        EmitOrderEvent(ref listener, ref o, ExecType.New, OrderStatus.New, lots, o.ClientOrderId, default, CancelReason.None);

        long sequenceBefore = _sequence;
        if (o.TimeInForce == TimeInForce.FillOrKill && !CanFillCompletely(ref o))
        {
            EmitUnsolicitedCancel(ref listener, ref o, CancelReason.FillOrKill);
            ReleaseOrder(slot);
            return;
        }

        MatchIncoming(slot, ref listener);
        CompleteAfterMatch(slot, ref listener);
        if (_sequence != sequenceBefore)
        {
            listener.OnBatchEnd(_instrument, _sequence);
        }
    }

    /// <summary>After matching: done if filled; the remainder of an immediate order is cancelled; Day/GTC rest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CompleteAfterMatch<TListener>(int slot, ref TListener listener)
        where TListener : struct, IMatchingListener
    {
        ref OrderNode o = ref _orders[slot];
        if (o.LeavesLots == 0)
        {
            ReleaseOrder(slot);
        }
        else if (o.Type == OrderType.Market)
        {
            // A market order never rests, whatever its time in force: its remainder has no price to rest at.
            EmitUnsolicitedCancel(ref listener, ref o, o.TimeInForce == TimeInForce.FillOrKill ? CancelReason.FillOrKill : CancelReason.MarketOrderRemainder);
            ReleaseOrder(slot);
        }
        else if (o.TimeInForce is TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill)
        {
            EmitUnsolicitedCancel(ref listener, ref o, o.TimeInForce == TimeInForce.FillOrKill ? CancelReason.FillOrKill : CancelReason.ImmediateOrCancel);
            ReleaseOrder(slot);
        }
        else
        {
            Rest(slot, ref listener);
        }
    }

    /// <summary>Puts the order at the tail of its price level (creating the level if new) and indexes it.</summary>
    private void Rest<TListener>(int slot, ref TListener listener)
        where TListener : struct, IMatchingListener
    {
        ref OrderNode o = ref _orders[slot];
        ref BookSide side = ref SideOf(o.Side);
        BookUpdateAction action;
        int levelIndex;
        if (side.TryFind(KeyOf(o.Side, o.PriceTicks), out int position))
        {
            levelIndex = side.LevelAt(position);
            action = BookUpdateAction.Change;
        }
        else
        {
            levelIndex = AllocateLevel(o.PriceTicks);
            side.InsertAt(position, KeyOf(o.Side, o.PriceTicks), levelIndex);
            action = BookUpdateAction.New;
        }

        Append(levelIndex, slot);
        IndexAdd(slot);
        _openOrders++;
        ref PriceLevel level = ref _levels[levelIndex];
        EmitLevel(ref listener, action, o.Side, level.PriceTicks, level.TotalLots, level.OrderCount);
    }

    private OrderRejectReason ValidateNew(in NewOrderRequest request, out long priceTicks, out long lots)
    {
        priceTicks = 0;
        lots = 0;
        if (request.Side is not (Side.Buy or Side.Sell))
        {
            return OrderRejectReason.UnsupportedSide;
        }

        if (request.Type is not (OrderType.Limit or OrderType.Market))
        {
            return OrderRejectReason.UnsupportedOrderType;
        }

        if (request.TimeInForce is not (TimeInForce.Day or TimeInForce.GoodTillCancel or TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill))
        {
            return OrderRejectReason.UnsupportedTimeInForce;
        }

        if (request.Type == OrderType.Limit)
        {
            OrderRejectReason priceReason = ToTicks(request.Price, out priceTicks) switch
            {
                PriceCheck.NotPositive => OrderRejectReason.PriceNotPositive,
                PriceCheck.NotOnTick => OrderRejectReason.PriceNotOnTick,
                _ => OrderRejectReason.None,
            };
            if (priceReason != OrderRejectReason.None)
            {
                return priceReason;
            }
        }

        return ToLots(request.Quantity, out lots) switch
        {
            PriceCheck.NotPositive => OrderRejectReason.QuantityNotPositive,
            PriceCheck.NotOnTick => OrderRejectReason.QuantityNotLotMultiple,
            PriceCheck.TooLarge => OrderRejectReason.QuantityTooLarge,
            _ => OrderRejectReason.None,
        };
    }

    /// <summary>Outcome of converting a price to ticks or a quantity to lots (shared by new orders and replaces).</summary>
    private enum PriceCheck : byte
    {
        Ok,
        NotPositive,
        NotOnTick,
        TooLarge,
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private PriceCheck ToTicks(Price price, out long ticks)
    {
        ticks = 0;
        if (!price.IsPositive)
        {
            return PriceCheck.NotPositive;
        }

        // More decimals than the tick's scale, or too large to express at it, is off the grid either way.
        if (!price.TryRescale(_priceScale, out Price atScale))
        {
            return PriceCheck.NotOnTick;
        }

        long mantissa = atScale.Mantissa;
        ticks = mantissa / _tick;
        return ticks * _tick == mantissa ? PriceCheck.Ok : PriceCheck.NotOnTick;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private PriceCheck ToLots(Quantity quantity, out long lots)
    {
        lots = 0;
        if (!quantity.IsPositive)
        {
            return PriceCheck.NotPositive;
        }

        if (!quantity.TryRescale(_quantityScale, out Quantity atScale))
        {
            // Either finer than the lot's scale (off the lot grid) or too large to express at it.
            return quantity.Scale > _quantityScale ? PriceCheck.NotOnTick : PriceCheck.TooLarge;
        }

        long mantissa = atScale.Mantissa;
        lots = mantissa / _lot;
        if (lots * _lot != mantissa)
        {
            return PriceCheck.NotOnTick;
        }

        return lots <= _maxLots ? PriceCheck.Ok : PriceCheck.TooLarge;
    }
}
