using System.Runtime.CompilerServices;
using LowLatency.Model.Orders;

namespace LowLatency.Venue.Matching;

// The matching loop: an incoming order (new, or re-entering after a priority-losing replace) against the
// opposite side, best level first, oldest order first within a level.
public sealed partial class OrderBook
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Crosses(ref OrderNode incoming, long restingTicks) =>
        incoming.Type == OrderType.Market ||
        (incoming.Side == Side.Buy ? restingTicks <= incoming.PriceTicks : restingTicks >= incoming.PriceTicks);

    /// <summary>
    /// Trades the incoming order (not in the book) against crossing resting orders until it is filled or
    /// nothing crosses. Emits, per match, the maker's and the taker's Trade reports then the public trade;
    /// per level touched, one level update; resting orders of the same owner are cancelled, not traded.
    /// </summary>
    private void MatchIncoming<TListener>(int slot, ref TListener listener)
        where TListener : struct, IMatchingListener
    {
        ref OrderNode o = ref _orders[slot];
        Side restingSide = o.Side == Side.Buy ? Side.Sell : Side.Buy;
        ref BookSide opposite = ref SideOf(restingSide);
        OrderNode[] orders = _orders;

        while (o.LeavesLots != 0 && opposite.Count != 0)
        {
            int levelIndex = opposite.BestLevel;
            ref PriceLevel level = ref _levels[levelIndex];
            long priceTicks = level.PriceTicks;
            if (!Crosses(ref o, priceTicks))
            {
                break;
            }

            int resting = level.Head;
            while (resting != None && o.LeavesLots != 0)
            {
                ref OrderNode r = ref orders[resting];
                int next = r.Next;
                if (r.Owner == o.Owner)
                {
                    CancelForSelfTrade(ref level, resting, ref listener);
                }
                else
                {
                    long lots = Math.Min(o.LeavesLots, r.LeavesLots);
                    long tradeId = ++_ids.TradeId;
                    ApplyFill(ref r, priceTicks, lots);
                    level.TotalLots -= lots;
                    ApplyFill(ref o, priceTicks, lots);
                    EmitFill(ref listener, ref r, priceTicks, lots, tradeId, Model.Orders.LiquidityIndicator.Maker);
                    EmitFill(ref listener, ref o, priceTicks, lots, tradeId, Model.Orders.LiquidityIndicator.Taker);
                    EmitTrade(ref listener, tradeId, priceTicks, lots, o.Side);
                    if (r.LeavesLots == 0)
                    {
                        Unlink(ref level, resting);
                        IndexRemove(resting);
                        _openOrders--;
                        ReleaseOrder(resting);
                    }
                }

                resting = next;
            }

            if (level.OrderCount == 0)
            {
                opposite.RemoveBest();
                ReleaseLevel(levelIndex);
                EmitLevel(ref listener, BookUpdateAction.Delete, restingSide, priceTicks, 0, 0);
            }
            else
            {
                EmitLevel(ref listener, BookUpdateAction.Change, restingSide, priceTicks, level.TotalLots, level.OrderCount);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ApplyFill(ref OrderNode o, long priceTicks, long lots)
    {
        o.LeavesLots -= lots;
        o.CumLots += lots;
        o.CumNotional += (Int128)priceTicks * lots;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CancelForSelfTrade<TListener>(ref PriceLevel level, int resting, ref TListener listener)
        where TListener : struct, IMatchingListener
    {
        Unlink(ref level, resting);
        IndexRemove(resting);
        _openOrders--;
        EmitUnsolicitedCancel(ref listener, ref _orders[resting], CancelReason.SelfTradePrevention);
        ReleaseOrder(resting);
    }

    /// <summary>
    /// FOK pre-check: is there enough crossing liquidity from other owners to fill completely? Walks orders
    /// (not just level totals) because same-owner orders are cancelled, not traded, by self-trade prevention.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool CanFillCompletely(ref OrderNode o)
    {
        ref BookSide opposite = ref SideOf(o.Side == Side.Buy ? Side.Sell : Side.Buy);
        long needed = o.LeavesLots;
        for (int depth = 0; depth < opposite.Count; depth++)
        {
            ref PriceLevel level = ref _levels[opposite.LevelAtDepth(depth)];
            if (!Crosses(ref o, level.PriceTicks))
            {
                return false;
            }

            for (int slot = level.Head; slot != None; slot = _orders[slot].Next)
            {
                ref OrderNode r = ref _orders[slot];
                if (r.Owner != o.Owner)
                {
                    needed -= r.LeavesLots;
                    if (needed <= 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
