using LowLatency.Execution.Instruments;
using LowLatency.Model.Intents;
using LowLatency.Model.MarketData;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Routing;

// Passive: one resting order at our side's best on the cheapest maker venue.
internal sealed partial class SmartOrderRouter
{
    private RouteResult RoutePassive(in InstrumentInfo info, int instrument, in HedgeIntent intent, long quantity, long bound, Span<ChildOrder> children)
    {
        bool buy = intent.Side == Side.Buy;
        long ourBest = 0;
        long theirBest = 0;
        int venue = -1;
        for (int v = 0; v < _usable.Length; v++)
        {
            if (!_usable[v])
            {
                continue;
            }

            ref VenueQuote q = ref _books.At(instrument, v);
            if (buy)
            {
                if (q.BidCount > 0 && q.Bids[0].Price > ourBest)
                {
                    ourBest = q.Bids[0].Price;
                }

                if (q.AskCount > 0 && (theirBest == 0 || q.Asks[0].Price < theirBest))
                {
                    theirBest = q.Asks[0].Price;
                }
            }
            else
            {
                if (q.AskCount > 0 && (ourBest == 0 || q.Asks[0].Price < ourBest))
                {
                    ourBest = q.Asks[0].Price;
                }

                if (q.BidCount > 0 && q.Bids[0].Price > theirBest)
                {
                    theirBest = q.Bids[0].Price;
                }
            }

            if (venue < 0 || _venues[v].MakerFeeRate < _venues[venue].MakerFeeRate)
            {
                venue = v;
            }
        }

        long price = ourBest != 0 ? ourBest : theirBest != 0 ? (buy ? theirBest - info.Tick : theirBest + info.Tick) : 0;
        if (price <= 0)
        {
            return new RouteResult(0, RouteReason.NoMarket, quantity);
        }

        ref VenueQuote chosen = ref _books.At(instrument, venue);
        if (buy && chosen.AskCount > 0 && price >= chosen.Asks[0].Price)
        {
            price = chosen.Asks[0].Price - info.Tick; // post, never take: stay below the venue's own offer
        }
        else if (!buy && chosen.BidCount > 0 && price <= chosen.Bids[0].Price)
        {
            price = chosen.Bids[0].Price + info.Tick;
        }

        price = buy ? Math.Min(price, bound) : Math.Max(price, bound);
        if (price <= 0)
        {
            return new RouteResult(0, RouteReason.NoMarket, quantity);
        }

        long size = Math.Min(quantity, info.MaxOrderQuantity);
        WriteChild(ref children[0], instrument, venue, in intent, price, size, _passiveTif);
        return new RouteResult(1, RouteReason.Routed, quantity - size);
    }
}
