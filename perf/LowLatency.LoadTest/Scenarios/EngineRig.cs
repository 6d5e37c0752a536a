using LowLatency.Execution.Metrics;
using LowLatency.Execution.Risk;
using LowLatency.Fix.Engine;
using LowLatency.LoadTest.Reporting;
using LowLatency.Server.Config;
using LowLatency.Server.Hosting;
using LowLatency.Server.Metrics;
using LowLatency.Venue.Hosting;

namespace LowLatency.LoadTest.Scenarios;

/// <summary>
/// The whole system under test: the real simulated venues (a <see cref="VenueHost"/> on ephemeral loopback ports,
/// stores in the run's temp directory) and the <see cref="TradingServer"/> connected to them over FIX, in the shipped
/// configuration with the run's wait strategy and no fsync (the harness measures the engine, not the disk).
/// Shared by the <c>ticks</c>, <c>venues</c> and <c>soak</c> scenarios.
/// </summary>
public sealed class EngineRig : IDisposable
{
    private static readonly RiskReason[] Reasons = Enum.GetValues<RiskReason>();
    private readonly bool _ownsDirectory;
    private readonly long[] _refusalsAtStart = new long[Reasons.Length];
    private ServerSnapshot _stepStart;

    public EngineRig(EngineRigOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _ownsDirectory = options.StateDirectory is null;
        Directory = options.StateDirectory ?? System.IO.Directory.CreateTempSubdirectory("ll-load-").FullName;
        Venues = VenueHost.StartFromText(options.VenuesIni ?? DefaultConfigs.Venues.Text, "venues.ini", new VenueHostOptions
        {
            PortOverride = 0,
            StorePath = Path.Combine(Directory, "venues", "store"),
            LogPath = Path.Combine(Directory, "venues", "log"), // not the configured data/ under the working directory
            Seed = options.Seed,
        });
        try
        {
            EngineConfig config = EngineConfigLoader.LoadDefaults();
            Config = config with
            {
                Server = config.Server with
                {
                    WaitStrategy = options.WaitStrategy,
                    JournalFsync = JournalFsyncPolicy.None,
                    StatsInterval = TimeSpan.FromMilliseconds(100),
                },
                Analytics = config.Analytics with { MonteCarloPaths = 1000 },
            };
            var ports = new Dictionary<string, int>();
            foreach (RunningVenue v in Venues.Venues)
            {
                ports[v.SenderCompID] = v.EndPoint.Port;
            }

            Server = TradingServer.Create(Config, new TradingServerOptions
            {
                StateDirectory = Directory,
                VenuePorts = ports,
                ReconnectInterval = TimeSpan.FromMilliseconds(200),
                FixOptions = new FixEngineOptions { TimerInterval = TimeSpan.FromMilliseconds(5) },
            });
        }
        catch
        {
            Venues.Dispose();
            throw;
        }
    }

    public EngineRigOptions Options { get; }

    public string Directory { get; }

    public VenueHost Venues { get; }

    public EngineConfig Config { get; }

    public TradingServer Server { get; }

    /// <summary>Starts the server and waits until every venue is logged on and every underlying has a price.</summary>
    public void Start()
    {
        Server.Start();
        if (!Server.WaitForVenues(Options.StartTimeout))
        {
            throw new TimeoutException("the engine's venue sessions did not all log on");
        }

        RiskFigures figures = Server.CreateFigures();
        if (!Until(() => Server.RefreshFigures(figures, TimeSpan.FromSeconds(1)) && AllPositive(figures.UnderlyingPrice), Options.StartTimeout))
        {
            throw new TimeoutException("the engine did not get a price for every underlying from the venues");
        }

        Options.Log?.WriteLine($"engine up: {Venues.Venues.Count} venues on loopback, wait strategy {Server.Settings.WaitStrategy}, state in {Directory}");
    }

    /// <summary>Resets the server's latency recorders and remembers its counters: a step's figures start here.</summary>
    public void BeginStep()
    {
        Server.Latency.TickToHandoff.Reset();
        Server.Latency.TickToWire.Reset();
        _stepStart = ServerSnapshot.Take(Server);
        for (int i = 0; i < Reasons.Length; i++)
        {
            _refusalsAtStart[i] = Server.ExecutionMetrics.Read(Reasons[i]);
        }
    }

    /// <summary>The server's tick→order and tick→wire percentiles since <see cref="BeginStep"/> (the server keeps p50/p99/p99.9/max only).</summary>
    public LatencyChannel[] ServerChannels(string origin) =>
    [
        new("tick_to_order", $"{origin} → order handed to the outbound ring (server recorder)", LatencyStats.From(Server.Latency.TickToHandoff.Summary())),
        new("tick_to_wire", $"{origin} → order bytes handed to the socket (server recorder)", LatencyStats.From(Server.Latency.TickToWire.Summary())),
    ];

    /// <summary>The server's order flow since <see cref="BeginStep"/>.</summary>
    public StepCounters Counters(long backPressured, Dictionary<string, long> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        ServerSnapshot d = ServerSnapshot.Take(Server).Minus(_stepStart);
        extra["md_events"] = d.MarketData;
        extra["book_ticks"] = d.BookTicks;
        extra["decisions"] = d.Decisions;
        extra["intents"] = d.Intents;
        extra["ring_full_refusals"] = d.RingFull;
        for (int i = 0; i < Reasons.Length; i++)
        {
            long n = Server.ExecutionMetrics.Read(Reasons[i]) - _refusalsAtStart[i];
            if (n > 0 && Reasons[i] != RiskReason.Passed)
            {
                extra[$"risk_{Reasons[i]}"] = n; // why orders were refused, by reason
            }
        }

        return new StepCounters
        {
            Orders = d.Orders,
            Fills = d.Fills,
            Rejects = d.Rejects,
            RiskRefusals = d.RiskRefusals,
            KillSwitches = d.KillSwitches,
            BackPressured = backPressured,
            Extra = extra,
        };
    }

    public bool Stop(TimeSpan timeout) => Server.Stop(timeout);

    public void Dispose()
    {
        Server.Dispose();
        Venues.Dispose();
        if (_ownsDirectory)
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // a store still closing: the OS cleans temp
            }
        }
    }

    internal static bool Until(Func<bool> condition, TimeSpan timeout)
    {
        using var idle = new ManualResetEventSlim(false);
        DateTime end = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > end)
            {
                return false;
            }

            idle.Wait(20); // a timed wait on an event nobody sets: a 20 ms pause without a sleep
        }

        return true;
    }

    private static bool AllPositive(double[] values)
    {
        foreach (double v in values)
        {
            if (!(v > 0))
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct ServerSnapshot(long Orders, long Fills, long Rejects, long RiskRefusals, long KillSwitches, long MarketData, long BookTicks, long Decisions, long Intents, long RingFull)
    {
        public static ServerSnapshot Take(TradingServer s)
        {
            ExecutionMetrics m = s.ExecutionMetrics;
            ServerCounters c = s.Counters;
            return new ServerSnapshot(
                m.Read(ExecutionCounter.OrdersSent),
                m.Read(ExecutionCounter.Fills),
                m.Read(ExecutionCounter.OrdersRejected) + m.Read(ExecutionCounter.SendFailures),
                m.Read(ExecutionCounter.RiskRefusals),
                m.Read(ExecutionCounter.KillSwitchTrips),
                c.Read(ServerCounter.MarketDataEvents),
                c.Read(ServerCounter.BookTicks),
                c.Read(ServerCounter.Decisions),
                c.Read(ServerCounter.Intents),
                c.Read(ServerCounter.SendRefusedRingFull));
        }

        public ServerSnapshot Minus(ServerSnapshot b) => new(Orders - b.Orders, Fills - b.Fills, Rejects - b.Rejects, RiskRefusals - b.RiskRefusals,
            KillSwitches - b.KillSwitches, MarketData - b.MarketData, BookTicks - b.BookTicks, Decisions - b.Decisions, Intents - b.Intents, RingFull - b.RingFull);
    }
}
