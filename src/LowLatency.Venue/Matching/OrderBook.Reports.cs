using System.Runtime.CompilerServices;
using LowLatency.Core.FixedPoint;
using LowLatency.Model.Orders;

namespace LowLatency.Venue.Matching;

// Report builders: the only place internal ticks/lots turn back into Price/Quantity. Each builds one
// struct on the stack and hands it to the listener by reference.
public sealed partial class OrderBook
{
    private Price ZeroPrice => new(0, _priceScale);

    private Quantity ZeroQuantity => new(0, _quantityScale);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Price AveragePriceOf(ref OrderNode o) => AveragePriceMath.Compute(o.CumNotional, o.CumLots, _tick, _priceScale);

    /// <summary>New, Replaced, Canceled or Expired report for a live order; <paramref name="leavesLots"/> is 0 once done.</summary>
    private void EmitOrderEvent<TListener>(
        ref TListener listener,
        ref OrderNode o,
        ExecType execType,
        OrderStatus status,
        long leavesLots,
        in ClientOrderId clientOrderId,
        in ClientOrderId origClientOrderId,
        CancelReason cancelReason)
        where TListener : struct, IMatchingListener
    {
        var report = new ExecutionReport
        {
            ExecType = execType,
            Status = status,
            ExecutionId = ++_ids.ExecutionId,
            OrderId = o.OrderId,
            Owner = o.Owner,
            ClientOrderId = clientOrderId,
            OrigClientOrderId = origClientOrderId,
            Instrument = _instrument,
            Side = o.Side,
            OrderType = o.Type,
            TimeInForce = o.TimeInForce,
            Price = PriceOf(o.PriceTicks),
            OrderQuantity = QuantityOf(o.OrderLots),
            CumulativeQuantity = QuantityOf(o.CumLots),
            LeavesQuantity = QuantityOf(leavesLots),
            AveragePrice = AveragePriceOf(ref o),
            LastPrice = ZeroPrice,
            LastQuantity = ZeroQuantity,
            CancelReason = cancelReason,
        };
        listener.OnExecution(in report);
    }

    /// <summary>Cancels (or expires) an order that is out of the book, leaves → 0, unsolicited: ClOrdID is the order's own.</summary>
    private void EmitUnsolicitedCancel<TListener>(ref TListener listener, ref OrderNode o, CancelReason reason)
        where TListener : struct, IMatchingListener
    {
        bool expired = reason == CancelReason.EndOfDay;
        EmitOrderEvent(
            ref listener,
            ref o,
            expired ? ExecType.Expired : ExecType.Canceled,
            expired ? OrderStatus.Expired : OrderStatus.Canceled,
            0,
            o.ClientOrderId,
            default,
            reason);
    }

    /// <summary>One side of a match, after the fill was applied to the node.</summary>
    private void EmitFill<TListener>(ref TListener listener, ref OrderNode o, long priceTicks, long lots, long tradeId, LiquidityIndicator liquidity)
        where TListener : struct, IMatchingListener
    {
        var report = new ExecutionReport
        {
            ExecType = ExecType.Trade,
            Status = o.LeavesLots == 0 ? OrderStatus.Filled : OrderStatus.PartiallyFilled,
            ExecutionId = ++_ids.ExecutionId,
            OrderId = o.OrderId,
            Owner = o.Owner,
            ClientOrderId = o.ClientOrderId,
            Instrument = _instrument,
            Side = o.Side,
            OrderType = o.Type,
            TimeInForce = o.TimeInForce,
            Price = PriceOf(o.PriceTicks),
            OrderQuantity = QuantityOf(o.OrderLots),
            CumulativeQuantity = QuantityOf(o.CumLots),
            LeavesQuantity = QuantityOf(o.LeavesLots),
            AveragePrice = AveragePriceOf(ref o),
            LastPrice = PriceOf(priceTicks),
            LastQuantity = QuantityOf(lots),
            TradeId = tradeId,
            Liquidity = liquidity,
        };
        listener.OnExecution(in report);
    }

    /// <summary>An order refused on entry: it never got an OrderID or a slot.</summary>
    private void EmitReject<TListener>(ref TListener listener, in NewOrderRequest request, OrderRejectReason reason)
        where TListener : struct, IMatchingListener =>
        EmitEntryReject(ref listener, in request, reason, _ids, new Price(0, AveragePriceMath.ScaleFor(_priceScale)));

    /// <summary>Shared with the engine, which rejects orders for instruments it has no book for.</summary>
    internal static void EmitEntryReject<TListener>(ref TListener listener, in NewOrderRequest request, OrderRejectReason reason, VenueSequences ids, Price zeroAveragePrice)
        where TListener : struct, IMatchingListener
    {
        var zeroQuantity = new Quantity(0, request.Quantity.Scale);
        var report = new ExecutionReport
        {
            ExecType = ExecType.Rejected,
            Status = OrderStatus.Rejected,
            ExecutionId = ++ids.ExecutionId,
            OrderId = 0,
            Owner = request.Owner,
            ClientOrderId = request.ClientOrderId,
            Instrument = request.Instrument,
            Side = request.Side,
            OrderType = request.Type,
            TimeInForce = request.TimeInForce,
            Price = request.Price,
            OrderQuantity = request.Quantity,
            CumulativeQuantity = zeroQuantity,
            LeavesQuantity = zeroQuantity,
            AveragePrice = zeroAveragePrice,
            LastPrice = new Price(0, request.Price.Scale),
            LastQuantity = zeroQuantity,
            RejectReason = reason,
        };
        listener.OnExecution(in report);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EmitCancelReject<TListener>(
        ref TListener listener,
        int owner,
        in ClientOrderId clientOrderId,
        in ClientOrderId origClientOrderId,
        long orderId,
        OrderStatus status,
        CancelRejectResponseTo responseTo,
        CancelRejectReason reason)
        where TListener : struct, IMatchingListener
    {
        var reject = new CancelReject
        {
            Owner = owner,
            ClientOrderId = clientOrderId,
            OrigClientOrderId = origClientOrderId,
            Instrument = _instrument,
            OrderId = orderId,
            Status = status,
            ResponseTo = responseTo,
            Reason = reason,
        };
        listener.OnCancelReject(in reject);
    }

    /// <summary>A level's new absolute state; size and count are zero on delete.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EmitLevel<TListener>(ref TListener listener, BookUpdateAction action, Side side, long priceTicks, long totalLots, int orderCount)
        where TListener : struct, IMatchingListener
    {
        var update = new BookLevelUpdate(_instrument, ++_sequence, action, side, PriceOf(priceTicks), QuantityOf(totalLots), orderCount);
        listener.OnBookLevel(in update);
    }

    /// <summary>The level update after <see cref="DetachResting"/>: Change if the level survived, else Delete.</summary>
    private void EmitLevelAfterDetach<TListener>(ref TListener listener, Side side, long priceTicks, int survivingLevel)
        where TListener : struct, IMatchingListener
    {
        if (survivingLevel == None)
        {
            EmitLevel(ref listener, BookUpdateAction.Delete, side, priceTicks, 0, 0);
        }
        else
        {
            ref PriceLevel level = ref _levels[survivingLevel];
            EmitLevel(ref listener, BookUpdateAction.Change, side, priceTicks, level.TotalLots, level.OrderCount);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EmitTrade<TListener>(ref TListener listener, long tradeId, long priceTicks, long lots, Side aggressorSide)
        where TListener : struct, IMatchingListener
    {
        var trade = new TradeReport(_instrument, ++_sequence, tradeId, PriceOf(priceTicks), QuantityOf(lots), aggressorSide);
        listener.OnTrade(in trade);
    }
}
