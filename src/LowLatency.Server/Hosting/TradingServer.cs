using LowLatency.Core.Ids;
using LowLatency.Core.Time;
using LowLatency.Execution.Config;
using LowLatency.Execution.Instruments;
using LowLatency.Execution.Metrics;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Engine;
using LowLatency.Fix.Session;
using LowLatency.Model.MarketData;
using LowLatency.Quant.Analytics.Runner;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Engine;
using LowLatency.Ring;
using LowLatency.Server.Analytics;
using LowLatency.Server.Config;
using LowLatency.Server.Journal;
using LowLatency.Server.Metrics;
using LowLatency.Server.Pipeline;

namespace LowLatency.Server.Hosting;

/// <summary>
/// The trading server as one composable object — what the CLI, the demo, the integration tests and the load
/// harness drive: FIX initiator sessions to the venues feeding the inbound ring, the decision stage (risk book,
/// policies, execution), the outbound ring to the FIX sender and the journal, the timer, the VaR/ES agent,
/// /metrics and the dashboard. <see cref="Create"/> replays the journal (positions, order ids), <see cref="Start"/>
/// connects and trades, <see cref="Stop"/> cancels open orders, logs out, drains and flushes.
/// </summary>
public sealed partial class TradingServer : IDisposable
{
    private readonly TradingServerOptions _options;
    private readonly IServerPipeline _pipeline;
    private readonly FixEngine<VenueSessionApp>? _fix;
    private readonly FixSession?[] _sessionsByVenue;
    private readonly VenueGateway[] _gateways;
    private readonly JournalWriter _journal;
    private readonly JournalWriter? _inboundJournal;
    private readonly TimerPublisher _timer;
    private readonly AnalyticsHost _analytics;
    private readonly SendFailureQueue _failures = new();
    private readonly RiskFigures _figures;
    private MetricsServer? _metrics;
    private Dashboard? _dashboard;
    private int _state;

    private TradingServer(EngineConfig config, TradingServerOptions options)
    {
        Config = config;
        _options = options;
        ServerSettings settings = config.Server with
        {
            WaitStrategy = options.WaitStrategy ?? config.Server.WaitStrategy,
            MetricsPort = options.MetricsPort ?? config.Server.MetricsPort,
            RecordInbound = options.RecordInbound ?? config.Server.RecordInbound,
        };
        Settings = settings;
        JournalDirectory = options.JournalDirectory
            ?? (options.StateDirectory is not null ? Path.Combine(options.StateDirectory, "journal") : settings.JournalPath);
        JournalPath = Path.Combine(JournalDirectory, "engine.journal");
        History = JournalHistory.Read(JournalPath);

        // Order ids continue above everything the journal ever sent: a venue never sees a ClOrdID twice.
        ExecutionConfig execution = config.Execution with
        {
            Orders = config.Execution.Orders with { InitialSequence = Math.Max(config.Execution.Orders.InitialSequence, History.NextOrderSequence) },
        };
        Rebalancing = RebalancingEngine.Create(config.Portfolio);
        _pipeline = ServerPipelineFactory.Create(settings);
        var venues = new VenueTable(execution.Venues);
        _sessionsByVenue = new FixSession?[venues.Count];
        var port = new OutboundPort(_pipeline.Outbound, venues, Counters, Latency);
        var underlyingSymbols = new List<string>();
        for (int g = 0; g < Rebalancing.Book.UnderlyingCount; g++)
        {
            underlyingSymbols.Add(DecisionCore.SymbolOf(config, Rebalancing.Book.UnderlyingAt(g).Underlying));
        }

        _analytics = new AnalyticsHost(config.Portfolio, underlyingSymbols, Rebalancing.Book.PositionCount, config.Analytics, OnAnalyticsError);
        RiskSnapshotBuilder? snapshots = config.Analytics.Enabled ? new RiskSnapshotBuilder(Rebalancing.Book, _analytics.Exchange) : null;
        Decision = new DecisionCore(config with { Server = settings }, execution, Rebalancing, port, Counters, Latency, _failures, snapshots, new SystemClock());
        ReplayedFills = Decision.Replay(History);
        MarketData = new MarketDataState(venues.Count);
        _figures = Decision.Stats.CreateReaderCopy();

        _gateways = new VenueGateway[config.Venues.Count];
        var subscriptions = new List<InstrumentId>();
        foreach (PortfolioInstrumentConfig c in config.Portfolio.Instruments)
        {
            if (c.IsLinear)
            {
                subscriptions.Add(new InstrumentId(c.Id)); // options are valued from their underlying; venues list the hedges
            }
        }

        foreach (VenueLink link in config.Venues)
        {
            _gateways[link.Index] = new VenueGateway(link.Index, link.Venue, _pipeline.Inbound, Decision.Engine.ReportMapper,
                Decision.Engine.CreateMarketDataMapper(link.Venue), subscriptions, Counters);
        }

        try
        {
            if (options.ConnectVenues)
            {
                _fix = CreateFixEngine(config, options);
            }

            _journal = JournalWriter.Open(JournalPath, settings.JournalFsync, settings.JournalFsyncInterval);
            if (settings.RecordInbound)
            {
                string inbound = Path.Combine(JournalDirectory, "inbound.journal");
                File.Delete(inbound); // one run per recording: a replay starts from this run's first event
                _inboundJournal = JournalWriter.Open(inbound, JournalFsyncPolicy.None, TimeSpan.FromSeconds(1));
            }
        }
        catch
        {
            // nothing started yet: release what was opened (stores, journal) so a corrected retry can open them
            _fix?.Dispose();
            _journal?.Dispose();
            _analytics.Dispose();
            throw;
        }

        _pipeline.Wire(Decision, MarketData, venues, _journal, _inboundJournal, _sessionsByVenue, _failures, Counters, Latency, settings);
        _timer = new TimerPublisher(_pipeline.Inbound, settings.TimerInterval);
    }

    /// <summary>Builds the server (opens stores and the journal, replays it). Throws <see cref="JournalCorruptException"/> on a damaged journal.</summary>
    public static TradingServer Create(EngineConfig config, TradingServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new TradingServer(config, options ?? new TradingServerOptions());
    }

    public EngineConfig Config { get; }

    /// <summary>The settings in force (configuration plus this run's overrides).</summary>
    public ServerSettings Settings { get; }

    public string JournalDirectory { get; }

    public string JournalPath { get; }

    /// <summary>What the journal held at start-up (replayed into positions before trading).</summary>
    public JournalHistory History { get; }

    public int ReplayedFills { get; }

    /// <summary>The decision stage. Its state belongs to the decision thread: read it only before <see cref="Start"/> or after <see cref="Stop"/>.</summary>
    public DecisionCore Decision { get; }

    /// <summary>The portfolio's policies and risk book (decision thread; same rule as <see cref="Decision"/>).</summary>
    public RebalancingEngine Rebalancing { get; }

    public ServerCounters Counters { get; } = new();

    public LatencyMonitor Latency { get; } = new();

    public MarketDataState MarketData { get; }

    /// <summary>The execution engine's counters (orders, fills, refusals by reason): safe from any thread.</summary>
    public ExecutionMetrics ExecutionMetrics => Decision.Engine.Metrics;

    /// <summary>Latest VaR/ES reports of the analytics agent.</summary>
    public RiskReportBoard RiskReports => _analytics.Board;

    /// <summary>The inbound ring: the load harness (or a test) may publish its own events into it.</summary>
    public RingBuffer<InboundEvent> Inbound => _pipeline.Inbound;

    /// <summary>Inbound events not yet handled by the decision stage.</summary>
    public long DecisionLag => _pipeline.DecisionLag;

    /// <summary>Outbound records not yet written by the journal stage.</summary>
    public long JournalLag => _pipeline.JournalLag;

    /// <summary>A stage that stopped on an exception, or null.</summary>
    public Exception? Fault => _pipeline.Fault;

    /// <summary>The port /metrics listens on (0 when off).</summary>
    public int MetricsPort => _metrics?.Port ?? 0;

    /// <summary>The FIX sessions to the venues (null entries without a connection).</summary>
    public IReadOnlyList<FixSession?> Sessions => _sessionsByVenue;

    /// <summary><see cref="Environment.TickCount64"/> when <see cref="Start"/> ran (0 before): the dashboard's uptime and average rates.</summary>
    public long StartedAtTicks { get; private set; }

    public bool IsRunning => Volatile.Read(ref _state) == 1;

    private FixEngine<VenueSessionApp> CreateFixEngine(EngineConfig config, TradingServerOptions options)
    {
        string? store = options.StateDirectory is null ? null : Path.Combine(options.StateDirectory, "fix", "store");
        string? log = options.StateDirectory is null ? null : Path.Combine(options.StateDirectory, "fix", "log");
        var sessions = new List<FixSessionSettings>(config.Sessions.Count);
        foreach (FixSessionSettings s in config.Sessions)
        {
            int? port = options.VenuePorts is not null && options.VenuePorts.TryGetValue(s.SessionId.TargetCompID, out int p) ? p : null;
            sessions.Add(SessionOverrides.With(s, port, store, log, options.ReconnectInterval));
        }

        var gatewaysBySession = new VenueGateway?[sessions.Count];
        for (int i = 0; i < sessions.Count; i++)
        {
            foreach (VenueLink link in config.Venues)
            {
                if (string.Equals(link.TargetCompId, sessions[i].SessionId.TargetCompID, StringComparison.Ordinal))
                {
                    gatewaysBySession[i] = _gateways[link.Index];
                }
            }
        }

        var fix = new FixEngine<VenueSessionApp>(sessions, new VenueSessionApp(gatewaysBySession), options.FixOptions);
        foreach (VenueLink link in config.Venues)
        {
            _sessionsByVenue[link.Index] = fix.FindByTarget(link.TargetCompId);
        }

        return fix;
    }

    private void OnAnalyticsError(Exception ex) => _options.Output?.WriteLine($"analytics: {ex.Message}");
}
