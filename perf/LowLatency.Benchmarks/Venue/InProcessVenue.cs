using System.Buffers;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Time;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Engine;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Session;
using LowLatency.Venue.Config;
using LowLatency.Venue.Gateway;
using LowLatency.Venue.Hosting;

namespace LowLatency.Benchmarks.Venue;

/// <summary>
/// One simulated venue listing the tape's BENCH instrument, with its matching agent NOT started (the benchmark thread
/// runs the duty cycle) and one in-process FIX client per tape owner plus a market-data subscriber, every one a real
/// FIX session (file store, as in production) over in-memory pipes. Once everyone is logged on and subscribed, the
/// venue's outbound side of every connection becomes a sink that stamps and drops what the sessions hand it (the
/// clients, heartbeating every 300 s, never notice within a run): the measurement is the venue's own work up to
/// "bytes handed to the transport", without the in-process pipe's thread-pool hand-offs or the kernel.
/// </summary>
public sealed class InProcessVenue : IDisposable
{
    /// <summary>Sessions 0..12 own the tape's orders (owners 1..12); session 13 subscribes to market data.</summary>
    public const int TraderSessions = 13;

    private static readonly PipeOptions Unpaused = new(pauseWriterThreshold: 0, resumeWriterThreshold: 0, useSynchronizationContext: false);

    private readonly DirectoryInfo _stores = Directory.CreateTempSubdirectory("venue-bench-");
    private readonly VenueHost _host;
    private readonly FixEngine<NullApplication> _clients;
    private readonly List<StampingWriter> _taps = new();

    /// <param name="subscriberDepth">MarketDepth of the subscriber (0: full book; the trading engine asks for 32).</param>
    /// <param name="memoryStores">In-memory FIX message stores instead of files (they grow, so they allocate now and then).</param>
    /// <param name="resendMarketData">False: the venue's <see cref="VenueConfig.ResendMarketData"/>=N (35=X not stored).</param>
    public InProcessVenue(int subscriberDepth = 0, bool memoryStores = false, bool resendMarketData = true)
    {
        var config = new VenueConfig
        {
            Name = "BENCHVENUE",
            Instruments = [new VenueInstrumentConfig { Symbol = "BENCH", TickSize = new Price(1, 2), LotSize = new Quantity(1, 0), PriceScale = 2, StartingPrice = new Price(10_000, 2) }],
            Fees = new FeeSchedule(-0.5, 2.5),
            Liquidity = new LiquidityConfig { Enabled = false },
            MaxOpenOrdersPerInstrument = 16_384,
            ResendMarketData = resendMarketData,
        };
        string[] clients = Enumerable.Range(0, TraderSessions + 1).Select(i => $"C{i}").ToArray();
        _host = VenueHost.Start(
            [SimulatedVenueDefinition.Create(config, "BENCHVENUE", clients)],
            new VenueHostOptions
            {
                PortOverride = 0,
                StorePath = _stores.FullName,
                InMemory = memoryStores,
                StartAgents = false,
                FixTimerInterval = TimeSpan.FromHours(1), // no timer thread touching the sessions while ResetStores runs
            });
        Venue = _host.Venues[0];
        _clients = new FixEngine<NullApplication>(
            clients.Select(c => new FixSessionSettings
            {
                SessionId = new FixSessionId("FIX.4.4", c, "BENCHVENUE"),
                ConnectionType = ConnectionType.Initiator,
                SocketConnectHost = "in-process",
                SocketConnectPort = 1,
                HeartBtInt = 300,
            }).ToArray(),
            default,
            new FixEngineOptions { UseSockets = false });
        _clients.Start();
        for (int i = 0; i < clients.Length; i++)
        {
            var toVenue = new Pipe(Unpaused);
            var toClient = new Pipe(Unpaused);
            var tap = new StampingWriter(toClient.Writer);
            _taps.Add(tap);
            Venue.ConnectInProcess(new Duplex(toVenue.Reader, tap), clients[i]);
            _clients.ConnectInProcess(new Duplex(toClient.Reader, toVenue.Writer), _clients.Sessions[i]);
        }

        // Both ends: the venue counts a logon when it answers it, the client only once that answer arrives (a
        // request sent before then is refused with NotLoggedOn and never reaches the venue).
        RunUntil(() => Venue.Stats.LoggedOnSessions == clients.Length && _clients.Sessions.All(s => s.IsLoggedOn), "logons");
        var request = new MarketDataRequest
        {
            MdReqId = "BENCH-MD"u8,
            SubscriptionRequestType = '1',
            MarketDepth = subscriberDepth,
            MdUpdateType = 1,
            EntryTypes = "012"u8,
            Symbol = "BENCH"u8,
        };
        FixSendResult sent = _clients.Sessions[TraderSessions].TrySend(in request);
        if (sent != FixSendResult.Sent)
        {
            throw new InvalidOperationException("in-process venue: the market data request was not sent: " + sent);
        }

        RunUntil(() => Venue.Stats.SnapshotsSent == 1, "the subscription");
        SubscriberTap = _taps[TraderSessions];
        foreach (StampingWriter tap in _taps)
        {
            tap.StartDropping();
        }
    }

    public RunningVenue Venue { get; }

    /// <summary>Stamps flushes of 35=X bytes to the subscriber.</summary>
    public StampingWriter SubscriberTap { get; private set; } = null!;

    /// <summary>Queues one tape command as the session reader would (already parsed) and returns the stamp taken just before.</summary>
    public long Post(in TapeCommand c)
    {
        var command = new VenueCommand
        {
            Kind = c.Op switch { TapeOp.Submit => CommandKind.NewOrder, TapeOp.Cancel => CommandKind.Cancel, _ => CommandKind.Replace },
            Session = c.Owner,
            Instrument = OrderTape.Instrument,
            ClientOrderId = c.Id,
            OrigClientOrderId = c.OrigId,
            Side = c.Side,
            Type = c.Type,
            TimeInForce = c.TimeInForce,
            Price = c.Price,
            Quantity = c.Quantity,
        };
        long start = Stopwatch.GetTimestamp();
        Venue.Inbound.Post(in command);
        return start;
    }

    /// <summary>
    /// Empties the venue sessions' message stores (between rounds of a replay that leaves the book empty), so a long
    /// run does not fill the disk; the clients see nothing of it (their transport is a sink by then).
    /// </summary>
    public void ResetStores()
    {
        foreach (global::LowLatency.Fix.Session.FixSession session in Venue.Sessions)
        {
            session.Store.Reset();
        }
    }

    /// <summary>One duty cycle of the matching thread, on the caller's thread.</summary>
    public int DoWork() => Venue.Agent.DoWork();

    public void Dispose()
    {
        _clients.Dispose();
        _host.Dispose();
        _stores.Delete(recursive: true);
    }

    private void RunUntil(Func<bool> done, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!done())
        {
            DoWork();
            if (deadline.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new TimeoutException("in-process venue: no " + what);
            }

            Thread.Yield();
        }
    }

    /// <summary>Client callbacks that ignore everything: the clients only keep their sessions alive.</summary>
    private readonly struct NullApplication : IFixApplication
    {
        public void OnLogon(global::LowLatency.Fix.Session.FixSession session)
        {
        }

        public void OnLogout(global::LowLatency.Fix.Session.FixSession session)
        {
        }

        public void OnMessage(global::LowLatency.Fix.Session.FixSession session, in FixMessage message)
        {
        }

        public void OnReject(global::LowLatency.Fix.Session.FixSession session, in FixMessage reject)
        {
        }
    }

    private sealed class Duplex(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }

    /// <summary>
    /// The venue's outbound transport of one connection: a pipe writer forwarding to the client until
    /// <see cref="StartDropping"/>, then a sink; it stamps (Stopwatch ticks) each flush that hands over a 35=X.
    /// </summary>
    public sealed class StampingWriter(PipeWriter inner) : PipeWriter
    {
        private readonly byte[] _sink = new byte[1 << 20];
        private Memory<byte> _last;
        private bool _incremental;
        private bool _dropping;

        /// <summary>Stopwatch timestamp of the last flush that carried a 35=X.</summary>
        public long LastIncrementalFlush { get; private set; }

        public long IncrementalFlushes { get; private set; }

        /// <summary>From now on the bytes are dropped here instead of reaching the client.</summary>
        public void StartDropping() => _dropping = true;

        public override void Advance(int bytes)
        {
            _incremental |= _last.Span[..bytes].IndexOf("\u000135=X\u0001"u8) >= 0;
            if (!_dropping)
            {
                inner.Advance(bytes);
            }
        }

        public override Memory<byte> GetMemory(int sizeHint = 0) =>
            _last = _dropping && sizeHint <= _sink.Length ? _sink : inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            if (_incremental)
            {
                LastIncrementalFlush = Stopwatch.GetTimestamp();
                IncrementalFlushes++;
                _incremental = false;
            }

            return _dropping ? new ValueTask<FlushResult>(default(FlushResult)) : inner.FlushAsync(cancellationToken);
        }

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);
    }
}
