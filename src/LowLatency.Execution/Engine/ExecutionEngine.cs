using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Core.Time;
using LowLatency.Execution.Config;
using LowLatency.Execution.Gateways;
using LowLatency.Execution.Instruments;
using LowLatency.Execution.Metrics;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Positions;
using LowLatency.Execution.Risk;
using LowLatency.Execution.Routing;
using LowLatency.Model.Intents;

namespace LowLatency.Execution.Engine;

// Invariants:
//  * single writer: every method is called from the decision thread (the metrics thread only reads Metrics,
//    KillSwitch and VenueHealth, which are built for it);
//  * no allocation after construction on any On*/Poll path, no exceptions: refusals are return values and counters;
//  * time is passed in (monotonic ns); wall-clock TransactTime = now + the offset measured once at construction.

/// <summary>
/// The execution stage the server's decision thread drives: hedge intents → router → pre-trade risk → order table
/// → FIX bodies to <typeparamref name="TSink"/>; venue reports → order state machine → positions → listener; market
/// data → per-venue books and reference prices; <see cref="Poll"/> for timeouts, stale books and throttle refill;
/// kill switch and venue connectivity. Struct-generic over the sink and the listener so every call is direct.
/// </summary>
public sealed partial class ExecutionEngine<TSink, TListener>
    where TSink : struct, IVenueOrderSink
    where TListener : struct, IExecutionListener
{
    /// <summary>The venue sink (a struct: reachable here to inspect or reconfigure it).</summary>
    public TSink Sink;

    /// <summary>The listener (a struct: reachable here to read what it accumulated).</summary>
    public TListener Listener;

    private readonly OrderTable _orders;
    private readonly PreTradeRisk _risk;
    private readonly SmartOrderRouter _router;
    private readonly VenueBooks _books;
    private readonly OrderMessageFactory _messages;
    private readonly ChildOrder[] _children;
    private readonly long _ackTimeoutNs;
    private readonly long _scanIntervalNs;
    private long _utcOffsetNs;
    private long _nextScanNs;
    private long _nextAckDeadlineNs = long.MaxValue;
    private long _fillSequence;

    public ExecutionEngine(ExecutionConfig config, TSink sink, TListener listener, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(clock);
        config.Validate();
        Config = config;
        Sink = sink;
        Listener = listener;
        Instruments = new InstrumentTable(config.Instruments);
        Venues = new VenueTable(config.Venues);
        Health = new VenueHealth(Venues.Count);
        KillSwitch = new KillSwitch(Venues.Count, config.Risk.RejectsToTrip, config.Risk.RejectWindowNs);
        Metrics = new ExecutionMetrics(Venues.Count);
        Positions = new PositionBook(Instruments, Venues);
        _orders = new OrderTable(config.Orders, Instruments);
        _books = new VenueBooks(Instruments.Count, Venues.Count, config.Routing.StaleAfterNs, Health, KillSwitch);
        _risk = new PreTradeRisk(config.Risk, Instruments, Venues, _orders, Positions, KillSwitch, Health);
        _router = new SmartOrderRouter(Instruments, Venues, _books, KillSwitch, _risk, config.Routing);
        ReportMapper = new FixOrderReportMapper(config.Orders.ClOrdIdPrefix);
        _messages = new OrderMessageFactory(new ClOrdIdCodec(config.Orders.ClOrdIdPrefix), Instruments, Venues, config.Orders.Account);
        _children = new ChildOrder[_router.MaxChildren];
        _ackTimeoutNs = config.Orders.AckTimeoutNs;
        _scanIntervalNs = Math.Max(1, Math.Min(config.Orders.AckTimeoutNs / 4, 1_000_000));
        SynchroniseClock(clock);
    }

    public ExecutionConfig Config { get; }

    public InstrumentTable Instruments { get; }

    public VenueTable Venues { get; }

    public PositionBook Positions { get; }

    public ExecutionMetrics Metrics { get; }

    public KillSwitch KillSwitch { get; }

    public VenueHealth Health { get; }

    /// <summary>Maps inbound 8/9/j messages to <see cref="OrderReport"/>; immutable, usable on the session reader threads.</summary>
    public FixOrderReportMapper ReportMapper { get; }

    /// <summary>Orders not yet done.</summary>
    public int OpenOrderCount => _orders.OpenCount;

    // Stage-by-stage access for the benchmarks (route + risk, encode) and white-box tests.
    internal SmartOrderRouter Router => _router;

    internal PreTradeRisk Risk => _risk;

    internal OrderTable Orders => _orders;

    internal OrderMessageFactory Messages => _messages;

    /// <summary>The id sequence the next order will use (journal it; configure Orders.InitialSequence above it on restart).</summary>
    public long NextOrderSequence => _orders.NextSequence;

    /// <summary>Re-measures the monotonic → UTC offset used for TransactTime (call after a wall-clock step).</summary>
    public void SynchroniseClock(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _utcOffsetNs = clock.UtcEpochNanoseconds() - clock.MonotonicNanoseconds();
    }

    /// <summary>A market-data mapper for one venue's session thread (the depth books it keeps belong to that thread).</summary>
    public MarketDataMapper CreateMarketDataMapper(VenueId venue, int depth = 32) => new(venue, Instruments, depth);

    /// <summary>
    /// The hot path: route the intent, risk-check every child, create and send the ones that pass. Children of one
    /// intent see each other in the risk checks (each is an open order before the next is checked).
    /// </summary>
    public IntentResult OnHedgeIntent(in HedgeIntent intent, long nowNs)
    {
        Metrics.Increment(ExecutionCounter.IntentsReceived);
        Span<ChildOrder> children = _children;
        RouteResult route = _router.Route(in intent, nowNs, children);
        if (route.ChildCount == 0)
        {
            Metrics.NotRouted(route.Reason);
            Metrics.Increment(ExecutionCounter.IntentsNotRouted);
            return new IntentResult(route.Reason, 0, 0, 0, RiskReason.Passed, route.UnroutedQuantity);
        }

        Metrics.Increment(ExecutionCounter.IntentsRouted);
        int sent = 0;
        int refused = 0;
        RiskReason firstRefusal = RiskReason.Passed;
        for (int i = 0; i < route.ChildCount; i++)
        {
            ref ChildOrder child = ref children[i];
            Metrics.Increment(ExecutionCounter.ChildOrders);
            if (SendChild(ref child, nowNs, sent == 0, out RiskReason refusal))
            {
                sent++;
            }
            else if (refusal != RiskReason.Passed)
            {
                refused++;
                firstRefusal = firstRefusal == RiskReason.Passed ? refusal : firstRefusal;
            }
        }

        return new IntentResult(route.Reason, route.ChildCount, sent, refused, firstRefusal, route.UnroutedQuantity);
    }

    /// <summary>
    /// Risk, order slot, NewOrderSingle. True when handed to the sink; otherwise <paramref name="refusal"/> is risk's
    /// reason, or <see cref="RiskReason.Passed"/> when the session refused the message (counted as a send failure).
    /// </summary>
    private bool SendChild(ref ChildOrder child, long nowNs, bool first, out RiskReason refusal)
    {
        refusal = _risk.CheckAndCommit(in child, nowNs);
        if (refusal == RiskReason.Passed && _orders.TryCreate(in child, nowNs, out int slot) == OrderRequestResult.Accepted)
        {
            ref Order o = ref _orders.At(slot);
            if (!_messages.TrySendNew(ref Sink, ref o, nowNs + _utcOffsetNs))
            {
                _orders.AbandonNew(slot, nowNs);
                Metrics.Increment(ExecutionCounter.SendFailures);
                Metrics.Increment(child.VenueIndex, VenueCounter.SendFailures);
                return false;
            }

            Metrics.Increment(ExecutionCounter.OrdersSent);
            Metrics.Increment(child.VenueIndex, VenueCounter.OrdersSent);
            ArmAckDeadline(nowNs);
            long latency = -1;
            if (child.DecisionTimestampNs != 0)
            {
                latency = MonotonicClock.NowNanoseconds() - child.DecisionTimestampNs;
                if (first)
                {
                    Metrics.TickToOrder.Record(latency);
                }
            }

            Listener.OnOrderSent(in child, o.ClOrdId, latency);
            return true;
        }

        refusal = refusal == RiskReason.Passed ? RiskReason.OrderTableFull : refusal;
        Metrics.Refused(refusal, child.VenueIndex);
        Listener.OnRiskRefused(in child, refusal);
        return false;
    }

    /// <summary>Cancels one of our orders by its numeric id.</summary>
    public OrderRequestResult RequestCancel(long clOrdId, long nowNs)
    {
        if (!_orders.TryFind(clOrdId, out int slot))
        {
            return OrderRequestResult.OrderNotFound;
        }

        return CancelSlot(slot, nowNs);
    }

    /// <summary>Amends price and/or quantity of one of our orders (OrderCancelReplaceRequest).</summary>
    public OrderRequestResult RequestReplace(long clOrdId, Price price, Quantity quantity, long nowNs)
    {
        if (!_orders.TryFind(clOrdId, out int slot))
        {
            return OrderRequestResult.OrderNotFound;
        }

        ref Order o = ref _orders.At(slot);
        if (!Instruments.TryPriceMantissa(o.Instrument, price, out long px) || !Instruments.TryQuantityMantissa(o.Instrument, quantity, out long qty))
        {
            return OrderRequestResult.InvalidPrice;
        }

        OrderRequestResult result = _orders.TryRequestReplace(slot, px, qty, nowNs, out _);
        if (result != OrderRequestResult.Accepted)
        {
            return result;
        }

        if (!_messages.TrySendReplace(ref Sink, ref o, nowNs + _utcOffsetNs))
        {
            _orders.AbandonRequest(slot);
            Metrics.Increment(ExecutionCounter.SendFailures);
            return OrderRequestResult.SendFailed;
        }

        Metrics.Increment(ExecutionCounter.ReplacesSent);
        ArmAckDeadline(nowNs);
        return OrderRequestResult.Accepted;
    }

    /// <summary>A copy of an order (any id it has had); false when unknown or its slot was reused.</summary>
    public bool TryGetOrder(long clOrdId, out OrderView view)
    {
        if (_orders.TryFind(clOrdId, out int slot))
        {
            view = _orders.View(slot);
            return true;
        }

        view = default;
        return false;
    }

    /// <summary>Writes the wire ClOrdID (prefix + digits) of a numeric id; returns its length.</summary>
    public int FormatClOrdId(long clOrdId, Span<byte> destination) => _messages.Ids.Format(clOrdId, destination);

    /// <summary>
    /// Worst-case open quantity of our orders on one side of an instrument (sum of leaves, the larger of old and new
    /// while a replace is pending). Hedge intents are incremental: a policy nets this before deciding.
    /// </summary>
    public Quantity OpenQuantity(InstrumentId instrument, Model.Orders.Side side)
    {
        if (!Instruments.TryGetIndex(instrument, out int i))
        {
            return default;
        }

        return Instruments[i].ToQuantity(side == Model.Orders.Side.Buy ? _orders.OpenBuy(i) : _orders.OpenSell(i));
    }

    /// <summary>Reference price (mid) the collar uses, 0 when none.</summary>
    public double ReferencePrice(InstrumentId instrument) =>
        Instruments.TryGetIndex(instrument, out int i) ? _risk.Reference(i) / Instruments[i].PriceDivisor : 0;

    /// <summary>Worst-case gross exposure (positions plus open orders) at reference prices.</summary>
    public double GrossExposure() => _risk.GrossExposure();

    /// <summary>Whole tokens left in a venue's throttle bucket.</summary>
    public long VenueThrottleTokens(VenueId venue, long nowNs) => Venues.TryGetIndex(venue, out int v) ? _risk.VenueTokens(v, nowNs) : 0;
}
