using HdrHistogram;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Time;
using LowLatency.Fix.Codec.Values;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Engine;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Session;
using LowLatency.LoadTest.Harness;
using LowLatency.LoadTest.Reporting;
using LowLatency.Venue.Config;
using LowLatency.Venue.Hosting;

namespace LowLatency.LoadTest.Scenarios;

/// <summary>
/// The <c>fix</c> scenario, a QuickFIX-style order-entry load test: N client sessions (our FIX engine as initiators,
/// PersistMessages off) connected over loopback to one simulated venue (file stores, no synthetic liquidity), the
/// generator sending NewOrderSingle round-robin over the sessions at the step's rate — even sessions sell, odd ones
/// buy at the same limit price, so every pair of orders crosses and fills. Latency from the order's intended time to
/// the first ExecutionReport (<c>order_to_ack</c>) and to the report that ends it (<c>order_to_done</c>; a resting
/// order also waits for its counterpart, up to one event interval). A send the session refuses (back-pressured
/// buffer, not logged on) is dropped and counted.
/// </summary>
public sealed class FixSystem : ILoadSystem
{
    private const string Symbol = "LOAD";
    private readonly FixOrderLatency _state = new();
    private readonly DirectoryInfo _stores;
    private readonly VenueHost _venue;
    private readonly FixEngine<FixOrderLatency.Application> _clients;
    private readonly byte[] _id = new byte[20];
    private readonly SystemClock _clock;
    private HistogramBase? _ackInterval;
    private HistogramBase? _doneInterval;
    private long _next;
    private long _sent;
    private long _backPressured;
    private long _notLoggedOn;
    private (long Acks, long Done, long Rejects, long Fills, long BackPressured, long Sent) _start;

    public FixSystem(int sessions, bool spin)
    {
        if (sessions < 2 || sessions % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sessions), sessions, "the fix scenario needs an even number of sessions (sellers and buyers)");
        }

        _stores = Directory.CreateTempSubdirectory("ll-load-fix-");
        string[] clients = Enumerable.Range(1, sessions).Select(i => $"LOAD{i:D3}").ToArray();
        var config = new VenueConfig
        {
            Name = "LOADV",
            Instruments = [new VenueInstrumentConfig { Symbol = Symbol, TickSize = new Price(1, 2), LotSize = new Quantity(1, 0), PriceScale = 2, StartingPrice = new Price(10_000, 2) }],
            Liquidity = new LiquidityConfig { Enabled = false },
        };
        _venue = VenueHost.Start([SimulatedVenueDefinition.Create(config, "LOADV", clients)], new VenueHostOptions
        {
            PortOverride = 0,
            StorePath = _stores.FullName,
            IdleStrategy = spin ? VenueIdleStrategy.BusySpin : VenueIdleStrategy.Backoff,
        });
        int port = _venue.Venues[0].EndPoint.Port;
        _clients = new FixEngine<FixOrderLatency.Application>(clients.Select(c => new FixSessionSettings
        {
            SessionId = new FixSessionId("FIX.4.4", c, "LOADV"),
            ConnectionType = ConnectionType.Initiator,
            SocketConnectHost = "127.0.0.1",
            SocketConnectPort = port,
            HeartBtInt = 30,
            PersistMessages = false, // the clients never resend: their stores stay empty
        }).ToArray(), new FixOrderLatency.Application(_state));
        _clock = new SystemClock();
    }

    public string PrimaryChannel => "order_to_ack";

    /// <summary>No DESIGN budget covers a venue round trip: judged only on --p50/--p999/--threshold.</summary>
    public IReadOnlyList<Threshold> DefaultThresholds { get; } = [];

    public void Start()
    {
        _clients.Start();
        if (!EngineRig.Until(() => _clients.Sessions.All(s => s.IsLoggedOn), TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException("the FIX client sessions did not all log on to the venue");
        }
    }

    public void BeginStep(LoadStep step)
    {
        _ackInterval = _state.Ack.GetIntervalHistogram(_ackInterval); // forget what came before the step
        _doneInterval = _state.Done.GetIntervalHistogram(_doneInterval);
        _start = (_state.Acks, _state.Completed, _state.Rejects, _state.Fills, _backPressured, _sent);
    }

    public bool Send(long intendedNs)
    {
        long n = ++_next;
        FixSession session = _clients.Sessions[(int)(n % _clients.Sessions.Count)];
        int length = FixNumber.Write(n, _id);
        var order = new NewOrderSingle
        {
            ClOrdId = _id.AsSpan(0, length),
            Symbol = "LOAD"u8,
            Side = n % 2 == 0 ? '2' : '1', // session parity = side parity: each seller order meets the next buyer order
            TransactTimeNanos = _clock.UtcEpochNanoseconds(),
            OrderQty = new Quantity(1, 0),
            OrdType = '2',
            Price = new Price(10_000, 2),
            TimeInForce = '1',
        };
        _state.Sending(n, intendedNs);
        FixSendResult result = session.TrySend(in order);
        if (result == FixSendResult.Sent)
        {
            _sent++;
            return true;
        }

        if (result == FixSendResult.BackPressured)
        {
            _backPressured++;
        }
        else
        {
            _notLoggedOn++;
        }

        return false;
    }

    public bool Poll(long nowNs) => _state.Acks < _sent;

    /// <summary>Every order acknowledged and all but at most one ended: sides alternate, so one order may rest until the next step's first order meets it.</summary>
    public bool Drain(TimeSpan timeout) => EngineRig.Until(() => _state.Acks >= _sent && _state.Completed >= _sent - 1, timeout);

    public (IReadOnlyList<LatencyChannel> Channels, StepCounters Counters) EndStep()
    {
        _ackInterval = _state.Ack.GetIntervalHistogram(_ackInterval);
        _doneInterval = _state.Done.GetIntervalHistogram(_doneInterval);
        HistogramBase ack = _ackInterval.Copy();
        HistogramBase done = _doneInterval.Copy();
        VenueStats v = _venue.Venues[0].Stats;
        var counters = new StepCounters
        {
            Orders = _sent - _start.Sent,
            Fills = _state.Fills - _start.Fills,
            Rejects = _state.Rejects - _start.Rejects,
            BackPressured = _backPressured - _start.BackPressured,
            Extra = new Dictionary<string, long>
            {
                ["acks"] = _state.Acks - _start.Acks,
                ["completed"] = _state.Completed - _start.Done,
                ["not_logged_on"] = _notLoggedOn,
                ["venue_orders_total"] = v.OrdersReceived,
                ["venue_trades_total"] = v.Trades,
            },
        };
        return (
        [
            new LatencyChannel("order_to_ack", "intended send → first ExecutionReport (venue ack) read by the client", LatencyStats.From(ack), ack),
            new LatencyChannel("order_to_done", "intended send → the ExecutionReport ending the order (incl. waiting for its counterpart)", LatencyStats.From(done), done),
        ], counters);
    }

    public bool Stop(TimeSpan timeout) => _clients.Stop(timeout);

    public void Dispose()
    {
        _clients.Dispose();
        _venue.Dispose();
        try
        {
            _stores.Delete(recursive: true);
        }
        catch (IOException)
        {
            // a store still closing: the OS cleans temp
        }
    }
}
