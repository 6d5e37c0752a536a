using System.Runtime.CompilerServices;
using LowLatency.Core.Ids;
using LowLatency.Core.Time;
using LowLatency.Execution.Config;
using LowLatency.Execution.Engine;
using LowLatency.Model.Intents;
using LowLatency.Model.MarketData;
using LowLatency.Model.Orders;
using LowLatency.Quant.Exposure;
using LowLatency.Quant.Greeks;
using LowLatency.Rebalancing.Engine;
using LowLatency.Rebalancing.Impact;
using LowLatency.Server.Analytics;
using LowLatency.Server.Config;
using LowLatency.Server.Metrics;

namespace LowLatency.Server.Pipeline;

// Invariants:
//  * single writer: every method runs on the decision stage thread (or, before the pipeline starts and after it
//    stops, on the thread that owns the server); the risk book, policies and execution engine are never shared;
//  * the stage's clock is the events' time (receive or timer timestamp, never going backwards), so the decisions
//    are a pure function of the inbound event sequence: recording the inbound stream replays them exactly;
//  * no allocation, no lock, no exception on any per-event path after warm-up (asserted by a test).

/// <summary>
/// Stage 2 of the data flow, deterministic and single-threaded: market data → marks → risk-book tick (greeks,
/// delta, exposure, leverage, margin) → rebalancing decision → execution engine (pre-trade risk, route) → outbound
/// ring; venue reports → order state and positions → risk book; timer → order timeouts, account-wide decisions,
/// snapshots for analytics and the dashboard. Driven by <see cref="DecisionHandler"/> on the inbound ring.
/// </summary>
public sealed partial class DecisionCore
{
    private readonly RebalancingEngine _rb;
    private readonly PortfolioRiskBook _book;
    private readonly HedgeCost[] _costs;
    private readonly OutboundPort _port;
    private readonly ServerCounters _counters;
    private readonly LatencyMonitor _latency;
    private readonly SendFailureQueue _failures;
    private readonly RiskSnapshotBuilder? _snapshots;
    private readonly HedgeIntent[] _intents = new HedgeIntent[256];
    private readonly CollateralTransfer[] _transfers = new CollateralTransfer[16];
    private readonly int[] _slotById;
    private readonly int[] _underlyingSlotById;
    private readonly double[] _quantityDivisor;
    private readonly OrderTracker _orders;
    private readonly ServerSettings _settings;
    private long _now;
    private long _utcOffsetNs;
    private long _journalledSequence;
    private double _sentForIntent;
    private bool _stopping;

    public DecisionCore(EngineConfig config, ExecutionConfig execution, RebalancingEngine rebalancing, OutboundPort port, ServerCounters counters,
        LatencyMonitor latency, SendFailureQueue failures, RiskSnapshotBuilder? snapshots, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(execution);
        ArgumentNullException.ThrowIfNull(rebalancing);
        ArgumentNullException.ThrowIfNull(clock);
        _settings = config.Server;
        _rb = rebalancing;
        _book = rebalancing.Book;
        _costs = rebalancing.State.Costs;
        _port = port;
        _counters = counters;
        _latency = latency;
        _failures = failures;
        _snapshots = snapshots;
        _orders = new OrderTracker(execution.Orders.Capacity);
        _utcOffsetNs = clock.UtcEpochNanoseconds() - clock.MonotonicNanoseconds();
        Engine = new ExecutionEngine<OutboundOrderSink, ServerListener>(execution, new OutboundOrderSink(port), new ServerListener(this), clock);
        port.Health = Engine.Health;

        int maxId = 0;
        foreach (InstrumentSettings i in execution.Instruments)
        {
            maxId = Math.Max(maxId, i.Instrument.Id.Value);
        }

        _slotById = new int[maxId + 1];
        _underlyingSlotById = new int[maxId + 1];
        Array.Fill(_slotById, -1);
        Array.Fill(_underlyingSlotById, -1);
        for (int s = 0; s < rebalancing.Universe.InstrumentCount; s++)
        {
            int id = rebalancing.Universe.InstrumentAt(s).Value;
            if ((uint)id < (uint)_slotById.Length)
            {
                _slotById[id] = s;
            }
        }

        for (int u = 0; u < rebalancing.Universe.UnderlyingCount; u++)
        {
            int id = rebalancing.Universe.UnderlyingAt(u).Value;
            if ((uint)id < (uint)_underlyingSlotById.Length)
            {
                _underlyingSlotById[id] = u;
            }
        }

        _quantityDivisor = new double[19];
        for (int k = 0; k < _quantityDivisor.Length; k++)
        {
            _quantityDivisor[k] = Math.Pow(10, k);
        }

        Stats = CreateStatsBoard(config);
        InitTimers();
        _journalledSequence = Engine.NextOrderSequence;
    }

    /// <summary>The execution engine this stage drives (its Metrics, KillSwitch and Health are safe to read from other threads).</summary>
    public ExecutionEngine<OutboundOrderSink, ServerListener> Engine { get; }

    public RebalancingEngine Rebalancing => _rb;

    /// <summary>Copies of the figures for the dashboard and /metrics.</summary>
    public StatsBoard Stats { get; }

    /// <summary>The stage's clock: the latest event time (monotonic ns).</summary>
    public long Now => _now;

    /// <summary>Monotonic → UTC offset in use (set by the first ClockSync event of a run).</summary>
    public long UtcOffsetNs => _utcOffsetNs;

    /// <summary>True once a StopTrading command arrived: no new decisions.</summary>
    public bool Stopping => _stopping;

    /// <summary>Orders sent whose end the stage has not seen yet.</summary>
    public int TrackedOpenOrders => _orders.Open;

    /// <summary>One inbound event (the ring handler's body). Never throws on bad input: refusals are counted.</summary>
    public void OnEvent(ref InboundEvent e)
    {
        long now = e.TimestampNs > _now ? e.TimestampNs : _now;
        _now = now;
        switch (e.Kind)
        {
            case InboundKind.MarketData:
                OnMarketData(ref e.MarketData, now);
                break;
            case InboundKind.Report:
                _counters.Increment(ServerCounter.ReportEvents);
                Engine.OnOrderReport(in e.Report, now);
                break;
            case InboundKind.Timer:
                OnTimer(now);
                break;
            case InboundKind.VenueUp:
                OnVenueUp(e.VenueIndex, now);
                break;
            case InboundKind.VenueDown:
                OnVenueDown(e.VenueIndex, now);
                break;
            case InboundKind.Control:
                OnControl(e.Control, e.Argument, now);
                break;
            case InboundKind.SendFailed:
                OnSendFailure(in e.Failure, now);
                break;
        }

        if (Engine.NextOrderSequence != _journalledSequence)
        {
            JournalSequence(now);
        }
    }

    /// <summary>
    /// A cancel, replace or status request took order ids without an OrderSent record: journal where the sequence is,
    /// so a restart never reuses an id a venue has seen (one compare per event; a record only when it moved).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JournalSequence(long now)
    {
        _journalledSequence = Engine.NextOrderSequence;
        _port.PublishOrderSequence(_journalledSequence, now + _utcOffsetNs);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void OnMarketData(ref MarketDataEvent md, long now)
    {
        _counters.Increment(ServerCounter.MarketDataEvents);
        Engine.OnMarketData(in md, now);
        int id = md.Instrument.Value;
        if ((uint)id >= (uint)_slotById.Length || md.Kind == MarketDataUpdateKind.BookCleared)
        {
            return;
        }

        int slot = _slotById[id];
        double mid = Engine.ReferencePrice(md.Instrument);
        if (slot < 0 || !(mid > 0))
        {
            return;
        }

        ref HedgeCost cost = ref _costs[slot];
        cost.Mid = mid;
        if (md.BidCount > 0 && md.AskCount > 0 && (uint)md.PriceScale < (uint)_quantityDivisor.Length)
        {
            cost.Spread = (md.Asks[0].Price - md.Bids[0].Price) / _quantityDivisor[md.PriceScale];
        }

        int underlying = _underlyingSlotById[id];
        if (underlying >= 0)
        {
            OnUnderlyingTick(underlying, md.Instrument, mid, md.ReceiveTimestampNs, now);
        }
    }

    /// <summary>A new price of an underlying: reprice the book, decide, act.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void OnUnderlyingTick(int underlyingSlot, InstrumentId underlying, double price, long tickNs, long now)
    {
        long utc = now + _utcOffsetNs;
        if (_book.OnTick(underlying, price, utc) != RiskInputError.None)
        {
            _counters.Increment(ServerCounter.BookInputsRefused);
            return;
        }

        _counters.Increment(ServerCounter.BookTicks);
        if (_stopping)
        {
            return;
        }

        DecisionResult result = _rb.DecideSlot(underlyingSlot, now, utc, _intents, _transfers);
        Act(in result, tickNs, now, utc);
    }

    /// <summary>Collateral moves to the treasury, intents to the execution engine; unsent quantity goes back to the policies.</summary>
    private void Act(in DecisionResult result, long tickNs, long now, long utc)
    {
        _counters.Increment(ServerCounter.Decisions);
        if (!result.Acted)
        {
            return;
        }

        _counters.Increment(ServerCounter.DecisionsActed);
        for (int t = 0; t < result.Transfers; t++)
        {
            ApplyCollateral(_transfers[t].Amount, utc);
        }

        _port.CurrentTickNs = tickNs;
        for (int i = 0; i < result.Intents; i++)
        {
            ref readonly HedgeIntent intent = ref _intents[i];
            _counters.Increment(ServerCounter.Intents);
            _counters.Intent(intent.Reason);
            _sentForIntent = 0;
            Engine.OnHedgeIntent(in intent, now);
            double wanted = intent.Quantity.ToDouble();
            double unsent = wanted - _sentForIntent;
            if (unsent > wanted * 1e-9)
            {
                _counters.Increment(ServerCounter.IntentsNotFullySent);
                _rb.OnOrderDone(intent.Instrument, intent.Side == Side.Buy ? unsent : -unsent);
            }
        }

        _port.CurrentTickNs = 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ApplyCollateral(double amount, long utc)
    {
        _counters.Increment(ServerCounter.CollateralTransfers);
        _rb.OnCollateralTransfer(amount, succeeded: true); // the simulated treasury always pays
        _port.PublishCollateral(new Journal.CollateralRecord(amount, utc), utc);
    }

    private void OnVenueUp(int venueIndex, long now)
    {
        if ((uint)venueIndex >= (uint)Engine.Venues.Count)
        {
            return;
        }

        _counters.Increment(ServerCounter.VenueUps);
        VenueId venue = Engine.Venues[venueIndex].Id;
        Engine.OnVenueConnected(venue, now);
        if (Engine.KillSwitch.IsVenueActive(venueIndex) && Engine.KillSwitch.VenueCause(venueIndex) == Execution.Risk.KillSwitchCause.VenueDisconnect)
        {
            Engine.ResetVenueKillSwitch(venue); // tripped by the disconnect itself: the logon is the all-clear
        }
    }

    private void OnVenueDown(int venueIndex, long now)
    {
        if ((uint)venueIndex < (uint)Engine.Venues.Count)
        {
            _counters.Increment(ServerCounter.VenueDowns);
            Engine.OnVenueDisconnected(Engine.Venues[venueIndex].Id, now);
        }
    }
}
