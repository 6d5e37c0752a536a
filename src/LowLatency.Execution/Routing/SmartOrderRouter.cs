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
//    (Immediate tops its children up to that maximum with what was not displayed);
//  * no allocation: scratch arrays sized by the venue count are reused (single thread).

/// <summary>
/// Turns a <see cref="HedgeIntent"/> into child orders across venues. Aggressive: sweep the healthy venues' displayed
/// levels by all-in price (price ± taker fee) up to the collar/limit bound, one IOC per venue at the worst level taken.
/// Immediate: the same sweep, but each IOC is priced at the bound and any quantity beyond displayed size goes to the
/// best venue (take what is there now). Passive: one order at our side's best price (join, or improve to it) on the
/// healthy venue with the cheapest maker fee, never crossing that venue's opposite side.
/// </summary>
internal sealed partial class SmartOrderRouter
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
