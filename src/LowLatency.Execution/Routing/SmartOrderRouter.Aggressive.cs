using LowLatency.Execution.Instruments;
using LowLatency.Model.Intents;
using LowLatency.Model.MarketData;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Routing;

// Aggressive and Immediate: sweep the healthy venues' levels by all-in price up to the bound.
internal sealed partial class SmartOrderRouter
{
    private RouteResult RouteAggressive(in InstrumentInfo info, int instrument, in HedgeIntent intent, long quantity, long bound, Span<ChildOrder> children)
    {
        bool buy = intent.Side == Side.Buy;
        int venues = _usable.Length;
        bool anyLiquidity = false;
        for (int v = 0; v < venues; v++)
        {
            _level[v] = 0;
            _allocated[v] = 0;
            ref VenueQuote q = ref _books.At(instrument, v);
            anyLiquidity |= _usable[v] && (buy ? q.AskCount : q.BidCount) > 0;
        }

        int touched = 0;
        long remaining = quantity;
        while (remaining > 0)
        {
            int best = -1;
            double bestAllIn = 0;
            long bestPrice = 0;
            for (int v = 0; v < venues; v++)
            {
                if (!_usable[v])
                {
                    continue;
                }

                ref VenueQuote q = ref _books.At(instrument, v);
                int count = buy ? q.AskCount : q.BidCount;
                if (_level[v] >= count)
                {
                    continue;
                }

                long price = buy ? q.Asks[_level[v]].Price : q.Bids[_level[v]].Price;
                if (buy ? price > bound : price < bound)
                {
                    continue; // levels are sorted: nothing deeper on this venue is within the bound either
                }

                double fee = _venues[v].TakerFeeRate;
                double allIn = buy ? price * (1 + fee) : price * (1 - fee);
                if (best < 0 || (buy ? allIn < bestAllIn : allIn > bestAllIn) || (allIn == bestAllIn && (buy ? price < bestPrice : price > bestPrice)))
                {
                    best = v;
                    bestAllIn = allIn;
                    bestPrice = price;
                }
            }

            if (best < 0)
            {
                break;
            }

            ref VenueQuote bq = ref _books.At(instrument, best);
            MarketDataLevel level = buy ? bq.Asks[_level[best]] : bq.Bids[_level[best]];
            long room = info.MaxOrderQuantity - _allocated[best]; // one child per venue, never above the order-size limit
            long take = Math.Min(Math.Min(remaining, level.Size), room);
            take -= take % info.Lot;
            // A full child ends the venue; otherwise the level is used up (or the intent is done).
            _level[best] = take >= room ? int.MaxValue : _level[best] + 1;

            if (take <= 0)
            {
                continue;
            }

            if (_allocated[best] == 0)
            {
                _touchOrder[touched++] = best;
            }

            _allocated[best] += take;
            _worstPrice[best] = bestPrice;
            remaining -= take;
        }

        bool immediate = intent.Urgency == ExecutionUrgency.Immediate;
        int written = 0;
        long unrouted = remaining;
        for (int i = 0; i < touched; i++)
        {
            int v = _touchOrder[i];
            long qty = _allocated[v];
            if (qty < info.MinQuantity)
            {
                unrouted += qty; // too small for its own order; Immediate re-adds it to the best child below
                continue;
            }

            WriteChild(ref children[written++], instrument, v, in intent, immediate ? bound : _worstPrice[v], qty, TimeInForce.ImmediateOrCancel);
        }

        if (immediate && unrouted > 0)
        {
            if (written == 0 && unrouted >= info.MinQuantity)
            {
                int venue = CheapestTakerVenue(instrument, buy);
                WriteChild(ref children[written++], instrument, venue, in intent, bound, 0, TimeInForce.ImmediateOrCancel);
            }

            // Priced at the bound, the children take what is there beyond the displayed size: top them up, best
            // venue first, each to the maximum order size; what still does not fit stays unrouted.
            for (int i = 0; i < written && unrouted > 0; i++)
            {
                long add = Math.Min(unrouted, info.MaxOrderQuantity - children[i].Quantity);
                if (add > 0)
                {
                    children[i].Quantity += add;
                    unrouted -= add;
                }
            }
        }

        if (written == 0)
        {
            return new RouteResult(0, anyLiquidity ? RouteReason.LimitPriceExcludesMarket : RouteReason.NoLiquidity, quantity);
        }

        return new RouteResult(written, RouteReason.Routed, unrouted);
    }

    /// <summary>Immediate with nothing displayed within the bound: the usable venue with the best top (all-in), else the lowest taker fee.</summary>
    private int CheapestTakerVenue(int instrument, bool buy)
    {
        int best = -1;
        double bestScore = 0;
        double bestFee = 0;
        for (int v = 0; v < _usable.Length; v++)
        {
            if (!_usable[v])
            {
                continue;
            }

            ref VenueQuote q = ref _books.At(instrument, v);
            double fee = _venues[v].TakerFeeRate;
            double score = buy
                ? (q.AskCount > 0 ? q.Asks[0].Price * (1 + fee) : double.PositiveInfinity)
                : (q.BidCount > 0 ? -q.Bids[0].Price * (1 - fee) : double.PositiveInfinity);
            if (best < 0 || score < bestScore || (score == bestScore && fee < bestFee))
            {
                best = v;
                bestScore = score;
                bestFee = fee;
            }
        }

        return best;
    }
}
