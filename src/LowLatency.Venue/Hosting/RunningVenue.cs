using System.Net;
using LowLatency.Core.Agents;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Engine;
using LowLatency.Fix.Log;
using LowLatency.Fix.Session;
using LowLatency.Model.Instruments;
using LowLatency.Venue.Config;
using LowLatency.Venue.Faults;
using LowLatency.Venue.Gateway;
using LowLatency.Venue.MarketData;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Hosting;

/// <summary>
/// One simulated venue running in a <see cref="VenueHost"/>: its FIX acceptor (engine, sessions, optional fault proxy)
/// and its matching thread. Thread-safe: everything here may be called from any thread; queries and operator actions
/// are handed to the matching thread, which owns the books.
/// </summary>
public sealed class RunningVenue : IDisposable
{
    private static readonly TimeSpan DefaultQueryTimeout = TimeSpan.FromSeconds(5);

    private readonly FixEngine<VenueFixApplication> _engine;
    private readonly VenueInbound _inbound;
    private readonly VenueGateway _gateway;
    private readonly WakeSignal _signal;
    private readonly VenueCounters _counters;
    private readonly IMessageLog _engineLog;
    private readonly bool _ownsEngineLog;
    private readonly TimeSpan _stopTimeout;
    private IDisposable? _runner;
    private WireFaultProxy? _proxy;
    private int _disposed;

    private RunningVenue(SimulatedVenueDefinition definition, VenueConfig config, IReadOnlyList<FixSessionSettings> sessions, VenueHostOptions options)
    {
        Config = config;
        _stopTimeout = options.StopTimeout;
        IReadOnlyList<Instrument> instruments = config.BuildInstruments();
        var symbols = new SymbolIndex(instruments.Select(i => (i.Symbol, i.Id)).ToArray());
        _counters = new VenueCounters();
        var queue = new CommandQueue(options.Gateway.CommandQueueCapacity);
        _signal = new WakeSignal(queue, options.Clock);
        _inbound = new VenueInbound(queue, _signal, symbols, options.Clock);
        (_engineLog, _ownsEngineLog) = CreateEngineLog(config.Name, sessions, options);
        bool wireFaults = HasWireFaults(config.Faults);
        var fixOptions = new FixEngineOptions
        {
            Clock = options.Clock,
            TimerInterval = options.FixTimerInterval,
            UseSockets = !wireFaults,
            EngineLog = _engineLog,
            SessionLogFactory = options.SessionLogFactory,
        };
        try
        {
            _engine = new FixEngine<VenueFixApplication>(sessions, new VenueFixApplication(_inbound), fixOptions);
            _gateway = new VenueGateway(config, instruments, _engine.Sessions, queue, _counters, options.Clock, config.Liquidity.Enabled, options.Gateway);
        }
        catch
        {
            DisposeEngineLog();
            throw;
        }

        Name = config.Name;
        SenderCompID = sessions[0].SessionId.SenderCompID;
        Instruments = config.Instruments;
        Definition = definition;
        Agent = new VenueAgent(_gateway, _signal, options.Gateway.CommandsPerCycle);
    }

    /// <summary>The venue's name ([VENUE] Name).</summary>
    public string Name { get; }

    /// <summary>The CompID the venue's sessions send as (clients' TargetCompID).</summary>
    public string SenderCompID { get; }

    /// <summary>Where clients connect: the actual bound address and port (the ephemeral one under port 0).</summary>
    public IPEndPoint EndPoint { get; private set; } = new(IPAddress.Loopback, 0);

    /// <summary>Listed instruments: symbol, tick, lot, scales, starting price.</summary>
    public IReadOnlyList<VenueInstrumentConfig> Instruments { get; }

    /// <summary>The configuration in force (after the host's overrides).</summary>
    public VenueConfig Config { get; }

    /// <summary>The definition the venue was started from.</summary>
    public SimulatedVenueDefinition Definition { get; }

    /// <summary>The venue's FIX sessions (one per client CompID); their index is the owner id of their orders.</summary>
    public IReadOnlyList<FixSession> Sessions => _engine.Sessions;

    /// <summary>The counters now.</summary>
    public VenueStats Stats => new()
    {
        OrdersReceived = _counters.Read(VenueCounter.OrdersReceived),
        CancelsReceived = _counters.Read(VenueCounter.CancelsReceived),
        ReplacesReceived = _counters.Read(VenueCounter.ReplacesReceived),
        MarketDataRequestsReceived = _counters.Read(VenueCounter.MarketDataRequestsReceived),
        OrdersRejected = _counters.Read(VenueCounter.OrdersRejected),
        FaultRejects = _counters.Read(VenueCounter.FaultRejects),
        ExecutionReportsSent = _counters.Read(VenueCounter.ExecutionReportsSent),
        CancelRejectsSent = _counters.Read(VenueCounter.CancelRejectsSent),
        BusinessRejectsSent = _counters.Read(VenueCounter.BusinessRejectsSent),
        MarketDataMessagesSent = _counters.Read(VenueCounter.MarketDataMessagesSent),
        SnapshotsSent = _counters.Read(VenueCounter.SnapshotsSent),
        Trades = _counters.Read(VenueCounter.Trades) / 2,
        ClientFills = _counters.Read(VenueCounter.ClientFills),
        DelayedMessages = _counters.Read(VenueCounter.DelayedMessages),
        ParkedMessages = _counters.Read(VenueCounter.ParkedMessages),
        UndeliverableMessages = _counters.Read(VenueCounter.UndeliverableMessages),
        MarketDataResyncs = _counters.Read(VenueCounter.MarketDataResyncs),
        LoggedOnSessions = _counters.LoggedOnSessions,
        Logons = _counters.Read(VenueCounter.Logons),
        LiquiditySteps = _counters.Read(VenueCounter.LiquiditySteps),
        Errors = _counters.Read(VenueCounter.Errors),
    };

    /// <summary>The matching thread's duty cycle (tests that do not start the agent drive it themselves).</summary>
    internal VenueAgent Agent { get; }

    internal VenueGateway Gateway => _gateway;

    internal VenueInbound Inbound => _inbound;

    /// <summary>
    /// A copy of one book taken on the matching thread between two commands, best <paramref name="depth"/> levels
    /// per side (0: all), with the book's sequence.
    /// </summary>
    /// <exception cref="ArgumentException">The venue does not list <paramref name="symbol"/>.</exception>
    /// <exception cref="TimeoutException">The matching thread did not answer in time.</exception>
    public BookSnapshot CaptureBook(string symbol, int depth = BookSnapshot.FullDepth, TimeSpan? timeout = null)
    {
        var query = new BookQuery(symbol, depth);
        Run(query, timeout);
        return query.Snapshot ?? throw new ArgumentException($"venue {Name} does not list '{symbol}'", nameof(symbol));
    }

    /// <summary>
    /// Moves the fair price of <paramref name="symbol"/>'s price driver (and so of every instrument following it) by
    /// <paramref name="relativeMove"/> (0.02 = +2 %) at once; the synthetic makers requote at the next step and the
    /// takers trade the book there. For tests and demos that need a market move now.
    /// </summary>
    /// <exception cref="InvalidOperationException">The venue runs without synthetic liquidity.</exception>
    public void ShockPrice(string symbol, double relativeMove, TimeSpan? timeout = null)
    {
        if (!double.IsFinite(relativeMove) || relativeMove <= -1)
        {
            throw new ArgumentOutOfRangeException(nameof(relativeMove), $"a price move must be finite and above -100 %, got {relativeMove}");
        }

        Run(new PriceShock(symbol, relativeMove), timeout);
    }

    /// <summary>Drops every logged-on session at once (TCP close, no Logout): "the venue went away" for reliability tests.</summary>
    public void DropSessions()
    {
        foreach (FixSession session in _engine.Sessions)
        {
            session.Disconnect();
        }
    }

    /// <summary>Drops the session of one client (TCP close, no Logout); false if the venue has no session for it.</summary>
    public bool DropSession(string clientCompId)
    {
        foreach (FixSession session in _engine.Sessions)
        {
            if (session.Id.TargetCompID == clientCompId)
            {
                session.Disconnect();
                return true;
            }
        }

        return false;
    }

    public override string ToString() => $"{Name} ({SenderCompID} on {EndPoint})";

    /// <summary>Attaches a client over an in-process duplex pipe (its first Logon picks the session): benchmarks that time the send path without a socket.</summary>
    internal void ConnectInProcess(System.IO.Pipelines.IDuplexPipe transport, string remoteName) => _engine.ConnectInProcess(transport, null, remoteName);

    /// <summary>Logs the sessions out, stops the matching thread and closes stores and logs.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            _engine.Stop(_stopTimeout);
        }
        finally
        {
            _inbound.Close();
            _runner?.Dispose();
            _signal.WakeNow();
            _proxy?.Dispose();
            _engine.Dispose();
            DisposeEngineLog();
        }
    }

    internal static RunningVenue Start(SimulatedVenueDefinition definition, int index, VenueHostOptions options)
    {
        VenueConfig config = Configure(definition.Config, index, options);
        config.EnsureValid();
        if (definition.Sessions.Count == 0)
        {
            throw new ArgumentException($"venue {config.Name} has no FIX session", nameof(definition));
        }

        int? port = options.PortOverride is { } basePort ? (basePort == 0 ? 0 : basePort + index) : null;
        var sessions = definition.Sessions
            .Select(s => SessionSettingsOverride.Apply(s, port, options.StorePath, options.LogPath, options.InMemory))
            .ToArray();
        var venue = new RunningVenue(definition, config, sessions, options);
        try
        {
            venue.StartThreads(sessions[0], options);
            return venue;
        }
        catch
        {
            venue.Dispose();
            throw;
        }
    }

    private void StartThreads(FixSessionSettings first, VenueHostOptions options)
    {
        if (options.StartAgents)
        {
            _runner = options.IdleStrategy switch
            {
                VenueIdleStrategy.BusySpin => StartRunner(new BusySpinIdleStrategy()),
                VenueIdleStrategy.Yielding => StartRunner(new YieldingIdleStrategy()),
                _ => StartRunner(new ParkingIdleStrategy(_signal)),
            };
        }

        _engine.Start();
        if (HasWireFaults(Config.Faults))
        {
            var endpoint = new IPEndPoint(first.SocketAcceptAddress ?? IPAddress.Loopback, first.SocketAcceptPort);
            _proxy = new WireFaultProxy(endpoint, Config.Faults, (pipe, name) => _engine.ConnectInProcess(pipe, null, name), _engineLog);
            _proxy.Start();
            EndPoint = _proxy.LocalEndPoint;
        }
        else
        {
            EndPoint = _engine.AcceptorEndPoints[0];
        }
    }

    private AgentRunner<VenueAgent, TIdle> StartRunner<TIdle>(TIdle idle)
        where TIdle : struct, IIdleStrategy
    {
        var runner = new AgentRunner<VenueAgent, TIdle>(Agent, idle, OnAgentError);
        runner.Start();
        return runner;
    }

    private void OnAgentError(Exception error)
    {
        _counters.Increment(VenueCounter.Errors);
        _engineLog.OnEvent($"Venue {Name}: matching thread error: {error.GetType().Name}: {error.Message}");
    }

    /// <summary>Hands a control request to the matching thread and waits for it.</summary>
    private void Run(VenueControl control, TimeSpan? timeout)
    {
        _inbound.Post(new VenueCommand { Kind = CommandKind.Control, Control = control });
        _signal.WakeNow();
        if (!control.Wait(timeout ?? DefaultQueryTimeout))
        {
            throw new TimeoutException($"venue {Name}: the matching thread did not answer within {(timeout ?? DefaultQueryTimeout).TotalSeconds} s");
        }
    }

    private static VenueConfig Configure(VenueConfig config, int index, VenueHostOptions options)
    {
        LiquidityConfig liquidity = config.Liquidity;
        if (options.Liquidity is { } enabled)
        {
            liquidity = liquidity with { Enabled = enabled };
        }

        if (options.Seed is { } seed)
        {
            liquidity = liquidity with { Seed = unchecked(seed + index) };
        }

        return ReferenceEquals(liquidity, config.Liquidity) ? config : config with { Liquidity = liquidity };
    }

    private static bool HasWireFaults(FaultInjectionConfig faults) =>
        faults.DropSessionAfterMessages > 0 || faults.DropEveryNthMessage > 0 || faults.GoSilentAfterMessages > 0;

    private static (IMessageLog Log, bool Owned) CreateEngineLog(string venue, IReadOnlyList<FixSessionSettings> sessions, VenueHostOptions options)
    {
        string? folder = sessions.Select(s => s.FileLogPath).FirstOrDefault(p => p is not null);
        return folder is null || options.InMemory
            ? (NullMessageLog.Instance, false)
            : (new FileMessageLog(new FileMessageLogOptions(folder, "FIXENGINE-" + venue), options.Clock), true);
    }

    private void DisposeEngineLog()
    {
        if (_ownsEngineLog)
        {
            _engineLog.Dispose();
        }
    }

    /// <summary>Copies a book on the matching thread.</summary>
    private sealed class BookQuery(string symbol, int depth) : VenueControl
    {
        public BookSnapshot? Snapshot { get; private set; }

        protected override void Run(VenueGateway gateway)
        {
            if (gateway.FindBook(symbol) is { } book)
            {
                var snapshot = new BookSnapshot(depth);
                snapshot.CaptureFrom(book);
                Snapshot = snapshot;
            }
        }
    }

    /// <summary>Moves a price driver on the matching thread.</summary>
    private sealed class PriceShock(string symbol, double relativeMove) : VenueControl
    {
        protected override void Run(VenueGateway gateway)
        {
            OrderBook book = gateway.FindBook(symbol) ?? throw new ArgumentException($"venue {gateway.Config.Name} does not list '{symbol}'");
            if (gateway.Liquidity is not { } liquidity)
            {
                throw new InvalidOperationException($"venue {gateway.Config.Name} runs without synthetic liquidity: there is no price process to move");
            }

            liquidity.Shock(book.Instrument.Value, Math.Log(1 + relativeMove));
        }
    }
}
