using LowLatency.Core.Ids;
using LowLatency.Fix.Engine;
using LowLatency.Server.Config;
using LowLatency.Server.Hosting;
using LowLatency.Server.Metrics;
using LowLatency.Testing;
using LowLatency.Venue.Hosting;

namespace LowLatency.IntegrationTests;

/// <summary>
/// The demo configuration for a test: the real simulated venues (embedded venues.ini, ephemeral ports, a fixed seed,
/// stores in a temp directory, a <see cref="FillLedger"/> on their sessions) and a trading server connected to them
/// with quick stats and reconnects. Every wait is an event or a condition with a timeout.
/// </summary>
internal sealed class DemoRig : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public DemoRig(string directory, int seed = 7, bool recordInbound = false)
    {
        Directory = directory;
        Venues = VenueHost.StartFromText(DefaultConfigs.Venues.Text, "venues.ini", new VenueHostOptions
        {
            PortOverride = 0,
            StorePath = Path.Combine(directory, "venues", "store"),
            Seed = seed,
            SessionLogFactory = Ledger.For,
        });
        Config = CreateConfig(recordInbound);
        Server = NewServer();
    }

    /// <summary>The shipped defaults with quick stats and decisions (the replay of a recording needs the same).</summary>
    public static EngineConfig CreateConfig(bool recordInbound = false)
    {
        EngineConfig config = EngineConfigLoader.LoadDefaults();
        return config with
        {
            Server = config.Server with
            {
                StatsInterval = TimeSpan.FromMilliseconds(50),
                AnalyticsInterval = TimeSpan.FromMilliseconds(200),
                DecideAllInterval = TimeSpan.FromMilliseconds(250),
                JournalFsync = JournalFsyncPolicy.None,
                RecordInbound = recordInbound,
            },
            Analytics = config.Analytics with { MonteCarloPaths = 500 },
        };
    }

    public string Directory { get; }

    public FillLedger Ledger { get; } = new();

    public VenueHost Venues { get; }

    public EngineConfig Config { get; }

    public TradingServer Server { get; private set; }

    public TradingServer NewServer() => Server = TradingServer.Create(Config, new TradingServerOptions
    {
        StateDirectory = Directory,
        VenuePorts = Venues.Venues.ToDictionary(v => v.SenderCompID, v => v.EndPoint.Port),
        ReconnectInterval = TimeSpan.FromMilliseconds(200),
        FixOptions = new FixEngineOptions { TimerInterval = TimeSpan.FromMilliseconds(5), MaxReconnectInterval = TimeSpan.FromSeconds(1) },
    });

    /// <summary>Starts the server and waits until every venue is logged on and every underlying has a price.</summary>
    public RiskFigures StartAndWaitForPrices()
    {
        Server.Start();
        Assert.True(Server.WaitForVenues(Timeout), "the venues' sessions logged on");
        RiskFigures figures = Server.CreateFigures();
        Assert.True(Wait.Until(() => Server.RefreshFigures(figures, Timeout) && figures.UnderlyingPrice.All(p => p > 0), Timeout), "every underlying got a price");
        string[] listed = Venues.Venues.SelectMany(v => v.Instruments.Select(i => i.Symbol)).Distinct().ToArray();
        Assert.True(
            Wait.Until(() => listed.All(s => Server.Decision.Engine.Positions.Get(new InstrumentId(Config.Portfolio.Find(s).Id)).MarkPrice > 0), Timeout),
            "every instrument the venues list has a market price in the engine (a hedge may go to any of them)");
        return figures;
    }

    /// <summary>Moves the BTC driver on every venue at once (the venues' makers requote, the takers trade there).</summary>
    public void ShockBtc(double move)
    {
        foreach (RunningVenue v in Venues.Venues)
        {
            v.ShockPrice("BTC", move, Timeout);
        }
    }

    public void Dispose()
    {
        Server.Dispose();
        Venues.Dispose();
    }
}
