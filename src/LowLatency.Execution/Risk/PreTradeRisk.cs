using System.Runtime.CompilerServices;
using LowLatency.Execution.Config;
using LowLatency.Execution.Instruments;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Positions;
using LowLatency.Execution.Routing;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Risk;

// Invariants:
//  * every limit is an inclusive maximum compared exactly: quantities as mantissas (long), notionals as
//    mantissa products divided by an exact power of ten, the collar as |price − reference| × 10^4 ≤ bps × reference
//    in mantissa units (integers below 2^53 are exact in a double);
//  * Check has no side effects; CheckAndCommit takes the throttle tokens only when every check passed, so a
//    refused order never consumes rate;
//  * worst case: the position if every open order of the instrument (and this one) filled, on each side.

/// <summary>
/// Pre-trade risk for every child order, each check returning a <see cref="RiskReason"/>: kill switch, venue up,
/// validity, max order quantity/notional, price collar, max position and gross exposure after the order (positions
/// plus open orders' worst case), max open orders, self-cross/duplicate, and the venue and global throttles.
/// </summary>
internal sealed class PreTradeRisk
{
    private readonly RiskLimits _limits;
    private readonly InstrumentTable _instruments;
    private readonly OrderTable _orders;
    private readonly PositionBook _positions;
    private readonly KillSwitch _kill;
    private readonly VenueHealth _health;
    private readonly TokenBucket[] _venueBuckets;
    private readonly double[] _reference;
    private TokenBucket _global;

    public PreTradeRisk(RiskLimits limits, InstrumentTable instruments, VenueTable venues, OrderTable orders, PositionBook positions, KillSwitch kill, VenueHealth health)
    {
        _limits = limits;
        _instruments = instruments;
        _orders = orders;
        _positions = positions;
        _kill = kill;
        _health = health;
        _venueBuckets = new TokenBucket[venues.Count];
        for (int v = 0; v < venues.Count; v++)
        {
            _venueBuckets[v] = new TokenBucket(venues[v].OrdersPerSecond, venues[v].Burst);
        }

        _global = new TokenBucket(limits.GlobalOrdersPerSecond, limits.GlobalBurst);
        _reference = new double[instruments.Count];
    }

    /// <summary>Sets the reference price (mantissa at the instrument's price scale; fractional for a mid) for collar and exposure.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetReference(int instrument, double priceMantissa) => _reference[instrument] = priceMantissa;

    /// <summary>Reference price mantissa, 0 when none yet.</summary>
    public double Reference(int instrument) => _reference[instrument];

    /// <summary>Whole tokens left in a venue's bucket / the global bucket (dashboard, tests).</summary>
    public long VenueTokens(int venue, long nowNs) => _venueBuckets[venue].Tokens(nowNs);

    public long GlobalTokens(long nowNs) => _global.Tokens(nowNs);

    /// <summary>Refills the buckets (Poll calls it so idle periods are accounted without an order).</summary>
    public void Refill(long nowNs)
    {
        for (int v = 0; v < _venueBuckets.Length; v++)
        {
            _venueBuckets[v].Refill(nowNs);
        }

        _global.Refill(nowNs);
    }

    /// <summary>Runs every check and, when all pass, takes the throttle tokens.</summary>
    public RiskReason CheckAndCommit(in ChildOrder order, long nowNs)
    {
        RiskReason reason = Check(in order, nowNs);
        if (reason == RiskReason.Passed)
        {
            _venueBuckets[order.VenueIndex].Take();
            _global.Take();
        }

        return reason;
    }

    /// <summary>Runs every check in a fixed order and returns the first failure (no side effects).</summary>
    public RiskReason Check(in ChildOrder order, long nowNs)
    {
        if (_kill.IsActive)
        {
            return RiskReason.KillSwitch;
        }

        int instrument = order.InstrumentIndex;
        int venue = order.VenueIndex;
        if ((uint)instrument >= (uint)_instruments.Count || (uint)venue >= (uint)_venueBuckets.Length)
        {
            return RiskReason.UnknownInstrument;
        }

        if (_kill.IsVenueActive(venue))
        {
            return RiskReason.VenueKilled;
        }

        if (!_health.IsConnected(venue))
        {
            return RiskReason.VenueDisconnected;
        }

        ref readonly InstrumentInfo info = ref _instruments[instrument];
        long qty = order.Quantity;
        long price = order.Price;
        if (qty <= 0 || qty % info.Lot != 0)
        {
            return RiskReason.InvalidQuantity;
        }

        if (price <= 0 || price % info.Tick != 0)
        {
            return RiskReason.InvalidPrice;
        }

        if (qty > info.MaxOrderQuantity)
        {
            return RiskReason.MaxOrderQuantity;
        }

        if (info.Notional(qty, price) > info.MaxOrderNotional)
        {
            return RiskReason.MaxOrderNotional;
        }

        double reference = _reference[instrument];
        if (reference <= 0)
        {
            return RiskReason.NoReferencePrice;
        }

        if (Math.Abs(price - reference) * 10_000.0 > info.CollarBps * reference)
        {
            return RiskReason.PriceCollar;
        }

        RiskReason exposure = CheckExposure(in order, in info, instrument);
        if (exposure != RiskReason.Passed)
        {
            return exposure;
        }

        if (_orders.OpenCount + 1 > _limits.MaxOpenOrders)
        {
            return RiskReason.MaxOpenOrders;
        }

        RiskReason own = CheckOwnOrders(in order, nowNs);
        if (own != RiskReason.Passed)
        {
            return own;
        }

        if (!_venueBuckets[venue].HasToken(nowNs))
        {
            return RiskReason.VenueThrottle;
        }

        return _global.HasToken(nowNs) ? RiskReason.Passed : RiskReason.GlobalThrottle;
    }

    /// <summary>Max position and gross exposure with every open order (and this one) filled on its side.</summary>
    private RiskReason CheckExposure(in ChildOrder order, in InstrumentInfo info, int instrument)
    {
        long net = _positions.Net(instrument);
        long longCase = net + _orders.OpenBuy(instrument);
        long shortCase = net - _orders.OpenSell(instrument);
        long worstBefore = Math.Max(Math.Abs(longCase), Math.Abs(shortCase));
        if (order.Side == Side.Buy)
        {
            longCase += order.Quantity;
            if (longCase > info.MaxPosition)
            {
                return RiskReason.MaxPosition;
            }
        }
        else
        {
            shortCase -= order.Quantity;
            if (-shortCase > info.MaxPosition)
            {
                return RiskReason.MaxPosition;
            }
        }

        long worstAfter = Math.Max(Math.Abs(longCase), Math.Abs(shortCase));
        if (worstAfter <= worstBefore)
        {
            return RiskReason.Passed; // reduces or keeps the worst case: always allowed
        }

        double gross = info.Notional(worstAfter, _reference[instrument]);
        int count = _instruments.Count;
        for (int i = 0; i < count; i++)
        {
            if (i != instrument)
            {
                gross += WorstCaseNotional(i);
            }
        }

        return gross > _limits.MaxGrossExposure ? RiskReason.MaxGrossExposure : RiskReason.Passed;
    }

    /// <summary>|worst-case position| × reference × multiplier for one instrument (0 without a reference yet).</summary>
    public double WorstCaseNotional(int instrument)
    {
        long net = _positions.Net(instrument);
        long worst = Math.Max(Math.Abs(net + _orders.OpenBuy(instrument)), Math.Abs(net - _orders.OpenSell(instrument)));
        return worst == 0 ? 0 : _instruments[instrument].Notional(worst, _reference[instrument]);
    }

    /// <summary>Gross worst-case exposure over all instruments (dashboard).</summary>
    public double GrossExposure()
    {
        double gross = 0;
        for (int i = 0; i < _instruments.Count; i++)
        {
            gross += WorstCaseNotional(i);
        }

        return gross;
    }

    /// <summary>Self-cross against our resting orders on the same venue, and duplicates of recent open orders.</summary>
    private RiskReason CheckOwnOrders(in ChildOrder order, long nowNs)
    {
        int slot = _orders.FirstOpen(order.InstrumentIndex);
        while (slot >= 0)
        {
            ref Order o = ref _orders.At(slot);
            if (o.Venue == order.VenueIndex)
            {
                if (o.Side != order.Side)
                {
                    if (Crosses(order.Side, order.Price, o.Price) ||
                        (o.Pending == RequestKind.Replace && Crosses(order.Side, order.Price, o.PendingPrice)))
                    {
                        return RiskReason.SelfCross;
                    }
                }
                else if (o.Price == order.Price && o.Quantity == order.Quantity && o.Cum == 0 &&
                         nowNs - o.CreatedNs <= _limits.DuplicateWindowNs)
                {
                    return RiskReason.DuplicateOrder;
                }
            }

            slot = o.NextOpen;
        }

        return RiskReason.Passed;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Crosses(Side side, long price, long restingPrice) => side == Side.Buy ? price >= restingPrice : price <= restingPrice;
}
