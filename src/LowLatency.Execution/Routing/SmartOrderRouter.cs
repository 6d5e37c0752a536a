using System.Runtime.CompilerServices;
using LowLatency.Execution.Config;
using LowLatency.Execution.Instruments;
using LowLatency.Execution.Risk;
using LowLatency.Model.Intents;
using LowLatency.Model.MarketData;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Routing;

// Invariants:
//  * deterministic: the same books, health and intent give the same children in the same order (ties broken by
//    price, then venue index);
//  * every child price is on the tick grid and inside the collar bound and the intent's limit; every child quantity
//    is a positive lot multiple of at least the instrument's minimum size and at most its maximum order size
//    (Immediate's remainder excepted: it goes on top of the best child, and risk decides);
//  * no allocation: scratch arrays sized by the venue count are reused (single thread).

/// <summary>
/// Turns a <see cref="HedgeIntent"/> into child orders across venues. Aggressive: sweep the healthy venues' displayed
/// levels by all-in price (price ± taker fee) up to the collar/limit bound, one IOC per venue at the worst level taken.
/// Immediate: the same sweep, but each IOC is priced at the bound and any quantity beyond displayed size goes to the
/// best venue (take what is there now). Passive: one order at our side's best price (join, or improve to it) on the
/// healthy venue with the cheapest maker fee, never crossing that venue's opposite side.
/// </summary>
internal sealed class SmartOrderRouter
{
    private readonly InstrumentTable _instruments;
    private readonly VenueTable _venues;
    private readonly VenueBooks _books;
    private readonly KillSwitch _kill;
    private readonly PreTradeRisk _risk;
    private readonly TimeInForce _passiveTif;
    private readonly int[] _level;
    private readonly long[] _allocated;
    private readonly long[] _worstPrice;
    private readonly int[] _touchOrder;
    private readonly bool[] _usable;

    public SmartOrderRouter(InstrumentTable instruments, VenueTable venues, VenueBooks books, KillSwitch kill, PreTradeRisk risk, RoutingSettings settings)
    {
        _instruments = instruments;
        _venues = venues;
        _books = books;
        _kill = kill;
        _risk = risk;
        _passiveTif = settings.PassiveTimeInForce;
        int n = venues.Count;
        _level = new int[n];
        _allocated = new long[n];
        _worstPrice = new long[n];
        _touchOrder = new int[n];
        _usable = new bool[n];
    }

    /// <summary>Most children one intent can produce (one per venue): size the destination span with it.</summary>
    public int MaxChildren => _venues.Count;

    public RouteResult Route(in HedgeIntent intent, long nowNs, Span<ChildOrder> children)
    {
        if (_kill.IsActive)
        {
            return new RouteResult(0, RouteReason.KillSwitch, 0);
        }

        if (!_instruments.TryGetIndex(intent.Instrument, out int instrument))
        {
            return new RouteResult(0, RouteReason.UnknownInstrument, 0);
        }

        ref readonly InstrumentInfo info = ref _instruments[instrument];
        long quantity = LotQuantity(in info, intent);
        if (quantity < 0)
        {
            return new RouteResult(0, RouteReason.InvalidQuantity, 0);
        }

        if (quantity < info.MinQuantity || quantity == 0)
        {
            return new RouteResult(0, RouteReason.BelowMinimumSize, quantity);
        }

        double reference = _risk.Reference(instrument);
        if (reference <= 0)
        {
            return new RouteResult(0, RouteReason.NoReferencePrice, quantity);
        }

        int usable = 0;
        for (int v = 0; v < _usable.Length; v++)
        {
            _usable[v] = _books.IsUsable(instrument, v, nowNs);
            usable += _usable[v] ? 1 : 0;
        }

        if (usable == 0)
        {
            return new RouteResult(0, RouteReason.NoHealthyVenue, quantity);
        }

        long bound = BoundPrice(in info, intent, reference);
        return intent.Urgency == ExecutionUrgency.Passive
            ? RoutePassive(in info, instrument, in intent, quantity, bound, children)
            : RouteAggressive(in info, instrument, in intent, quantity, bound, children);
    }

    /// <summary>The intent's quantity at the instrument's scale rounded down to lots; -1 when not positive or unconvertible.</summary>
    private static long LotQuantity(in InstrumentInfo info, in HedgeIntent intent)
    {
        Core.FixedPoint.Quantity q = intent.Quantity;
        long mantissa;
        if (q.Scale == info.QuantityScale)
        {
            mantissa = q.Mantissa;
        }
        else if (q.Scale > info.QuantityScale)
        {
            long divisor = 1;
            for (int i = info.QuantityScale; i < q.Scale; i++)
            {
                divisor *= 10;
            }

            mantissa = q.Mantissa / divisor;
        }
        else if (!q.TryRescale(info.QuantityScale, out Core.FixedPoint.Quantity rescaled))
        {
            return -1;
        }
        else
        {
            mantissa = rescaled.Mantissa;
        }

        if (q.Mantissa <= 0)
        {
            return -1;
        }

        return mantissa - (mantissa % info.Lot);
    }

    /// <summary>
    /// The worst price the order may reach: the collar bound around the reference on our aggressive side (on tick,
    /// inward), tightened by the intent's limit price.
    /// </summary>
    private long BoundPrice(in InstrumentInfo info, in HedgeIntent intent, double reference)
    {
        long tick = info.Tick;
        double collar = info.CollarBps;
        long bound;
        if (intent.Side == Side.Buy)
        {
            bound = (long)Math.Floor(reference * (10_000.0 + collar) / 10_000.0 / tick) * tick;
            while (Math.Abs(bound - reference) * 10_000.0 > collar * reference)
            {
                bound -= tick; // float rounding never lets the router exceed what risk accepts
            }
        }
        else
        {
            bound = (long)Math.Ceiling(reference * (10_000.0 - collar) / 10_000.0 / tick) * tick;
            while (Math.Abs(bound - reference) * 10_000.0 > collar * reference)
            {
                bound += tick;
            }
        }

        if (intent.HasLimitPrice)
        {
            long limit = LimitMantissa(in info, intent.LimitPrice, intent.Side);
            bound = intent.Side == Side.Buy ? Math.Min(bound, limit) : Math.Max(bound, limit);
        }

        return bound;
    }

    /// <summary>The intent's limit on the tick grid, rounded so it is never worse than asked (buy down, sell up).</summary>
    private static long LimitMantissa(in InstrumentInfo info, Core.FixedPoint.Price limit, Side side)
    {
        double exact = limit.ToDouble() * info.PriceDivisor;
        if (limit.Scale <= info.PriceScale && limit.TryRescale(info.PriceScale, out Core.FixedPoint.Price rescaled))
        {
            exact = rescaled.Mantissa;
        }

        double ticks = exact / info.Tick;
        return (long)(side == Side.Buy ? Math.Floor(ticks) : Math.Ceiling(ticks)) * info.Tick;
    }

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
            if (written > 0)
            {
                children[0].Quantity += unrouted; // priced at the bound: takes what is there beyond the displayed size
                unrouted = 0;
            }
            else if (unrouted >= info.MinQuantity)
            {
                int venue = CheapestTakerVenue(instrument, buy);
                WriteChild(ref children[written++], instrument, venue, in intent, bound, unrouted, TimeInForce.ImmediateOrCancel);
                unrouted = 0;
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteChild(ref ChildOrder child, int instrument, int venue, in HedgeIntent intent, long price, long quantity, TimeInForce tif)
    {
        child.InstrumentIndex = instrument;
        child.VenueIndex = venue;
        child.Instrument = intent.Instrument;
        child.Venue = _venues[venue].Id;
        child.Side = intent.Side;
        child.Type = OrderType.Limit;
        child.TimeInForce = tif;
        child.Price = price;
        child.Quantity = quantity;
        child.Urgency = intent.Urgency;
        child.Reason = intent.Reason;
        child.PolicyId = intent.PolicyId;
        child.DecisionTimestampNs = intent.DecisionTimestampNs;
    }
}
