using LowLatency.Core.FixedPoint;
using LowLatency.Core.Time;
using LowLatency.Execution.Config;
using LowLatency.Execution.Instruments;
using LowLatency.Execution.Orders;
using LowLatency.Model.Orders;
using LowLatency.Rebalancing.Engine;
using LowLatency.Ring;
using LowLatency.Ring.WaitStrategies;
using LowLatency.Server.Config;
using LowLatency.Server.Journal;
using LowLatency.Server.Metrics;
using LowLatency.Server.Pipeline;

namespace LowLatency.Server.Replay;

/// <summary>
/// Runs a <see cref="DecisionCore"/> on the calling thread, with no stage threads and no sockets: events go in through
/// <see cref="Feed"/>; what the core publishes is drained at once — FIX bodies are counted, journal records go to an
/// optional journal, and (with <c>fillOrders</c>) every order is answered by an immediate full fill at its limit
/// price, fed back like a venue report. Used to replay a recorded inbound stream (decisions must come out the same),
/// for deterministic restart and golden tests, and by the decision-path benchmarks. No allocation per event once
/// warm (the order record list grows only up to its initial capacity).
/// </summary>
public sealed class DecisionLoop : IDisposable
{
    private readonly RingBuffer<OutboundEvent> _outbound;
    private readonly Sequence _consumed = new();
    private readonly JournalWriter? _journal;
    private readonly bool _fillOrders;
    private readonly InboundEvent[] _pending = new InboundEvent[1024];
    private readonly List<OrderSentRecord>? _orders;
    private int _pendingCount;
    private long _execIds;

    public DecisionLoop(EngineConfig config, JournalHistory? startFrom = null, string? journalPath = null, bool fillOrders = true, bool recordOrders = true, long? initialSequence = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        _outbound = RingBuffer<OutboundEvent>.CreateSingleProducer(config.Server.OutboundRingSize, new BlockingWaitStrategy());
        _outbound.AddGatingSequences(_consumed);
        long sequence = initialSequence ?? Math.Max(config.Execution.Orders.InitialSequence, startFrom?.NextOrderSequence ?? 0);
        ExecutionConfig execution = config.Execution with { Orders = config.Execution.Orders with { InitialSequence = sequence } };
        var venues = new VenueTable(execution.Venues);
        var port = new OutboundPort(_outbound, venues, Counters, Latency);
        Rebalancing = RebalancingEngine.Create(config.Portfolio);
        Core = new DecisionCore(config, execution, Rebalancing, port, Counters, Latency, new SendFailureQueue(), null, new SystemClock());
        if (startFrom is not null)
        {
            Core.Replay(startFrom);
        }

        _journal = journalPath is null ? null : JournalWriter.Open(journalPath, JournalFsyncPolicy.None, TimeSpan.FromSeconds(1));
        _fillOrders = fillOrders;
        _orders = recordOrders ? new List<OrderSentRecord>(16_384) : null;
    }

    public DecisionCore Core { get; }

    public RebalancingEngine Rebalancing { get; }

    public ServerCounters Counters { get; } = new();

    public LatencyMonitor Latency { get; } = new();

    /// <summary>FIX messages the core handed to the (absent) sender.</summary>
    public long MessagesOut { get; private set; }

    /// <summary>Every order the core sent, in order (when recording).</summary>
    public IReadOnlyList<OrderSentRecord> Orders => (IReadOnlyList<OrderSentRecord>?)_orders ?? [];

    /// <summary>One event through the decision stage, then everything it caused (fills fed back included).</summary>
    public void Feed(ref InboundEvent e)
    {
        Core.OnEvent(ref e);
        Drain();
        for (int i = 0; i < _pendingCount; i++)
        {
            Core.OnEvent(ref _pending[i]);
            Drain();
        }

        _pendingCount = 0;
    }

    public void Dispose() => _journal?.Dispose();

    private void Drain()
    {
        long cursor = _outbound.Cursor;
        for (long s = _consumed.Value + 1; s <= cursor; s++)
        {
            ref OutboundEvent e = ref _outbound[s];
            switch (e.Kind)
            {
                case OutboundKind.FixMessage:
                    MessagesOut++;
                    break;
                case OutboundKind.OrderSent:
                    _orders?.Add(e.OrderSent);
                    _journal?.AppendOrderSent(in e.OrderSent);
                    if (_fillOrders)
                    {
                        QueueFill(in e.OrderSent);
                    }

                    break;
                case OutboundKind.Fill:
                    _journal?.AppendFill(in e.Fill);
                    break;
                case OutboundKind.KillSwitch:
                    _journal?.AppendKillSwitch(in e.KillSwitch);
                    break;
                case OutboundKind.Collateral:
                    _journal?.AppendCollateral(in e.Collateral);
                    break;
                case OutboundKind.OrderSequence:
                    _journal?.AppendOrderSequence(e.NextOrderSequence, e.UtcNs);
                    break;
            }
        }

        _consumed.Value = cursor;
        _journal?.EndBatch(0);
    }

    /// <summary>The venue model: a full fill at the order's limit price (the reference price for a market order).</summary>
    private void QueueFill(in OrderSentRecord order)
    {
        InstrumentTable instruments = Core.Engine.Instruments;
        if (_pendingCount == _pending.Length || !instruments.TryGetIndex(order.Instrument, out int index))
        {
            return;
        }

        ref readonly InstrumentInfo info = ref instruments[index];
        long price = order.PriceMantissa != 0 ? order.PriceMantissa : (long)Math.Round(Core.Engine.ReferencePrice(order.Instrument) * info.PriceDivisor);
        ref InboundEvent e = ref _pending[_pendingCount++];
        e = default;
        e.Kind = InboundKind.Report;
        e.VenueIndex = -1;
        e.TimestampNs = Core.Now;
        ref OrderReport r = ref e.Report;
        r.Kind = OrderReportKind.Execution;
        r.ExecType = ExecutionKind.Trade;
        r.Status = OrderState.Filled;
        r.Venue = order.Venue;
        r.Side = order.Side;
        r.ClOrdId = order.ClOrdId;
        r.ExecIdHash = (ulong)++_execIds;
        r.OrderQty = new Quantity(order.QuantityMantissa, info.QuantityScale);
        r.LastQty = r.OrderQty;
        r.CumQty = r.OrderQty;
        r.LeavesQty = new Quantity(0, info.QuantityScale);
        r.Price = new Price(price, info.PriceScale);
        r.LastPx = r.Price;
        r.HasLastPx = true;
        r.AvgPx = price / info.PriceDivisor;
        r.RejectCode = -1;
        r.ReceiveTimestampNs = Core.Now;
    }
}
