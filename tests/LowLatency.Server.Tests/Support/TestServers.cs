using LowLatency.Fix.Engine;
using LowLatency.Server.Config;
using LowLatency.Server.Hosting;

namespace LowLatency.Server.Tests.Support;

/// <summary>Builds the shipped configuration for a test: temp state, quick timers, the venue on its real port.</summary>
internal static class TestServers
{
    public static readonly IReadOnlyDictionary<string, (double Mid, double Spread, int Scale)> Quotes = new Dictionary<string, (double, double, int)>
    {
        ["BTC"] = (60_000, 1, 2),
        ["BTC-PERP"] = (60_000, 1, 1),
        ["BTC-FUT-MAR27"] = (60_000, 2, 1),
        ["ETH"] = (3_000, 0.1, 2),
        ["ETH-PERP"] = (3_000, 0.1, 2),
    };

    /// <summary>The defaults with test-friendly cadences (and no analytics unless asked: it is a thread less).</summary>
    public static EngineConfig Config(bool analytics = false, TimeSpan? decideAll = null)
    {
        EngineConfig config = EngineConfigLoader.LoadDefaults();
        return config with
        {
            Server = config.Server with
            {
                StatsInterval = TimeSpan.FromMilliseconds(50),
                AnalyticsInterval = TimeSpan.FromMilliseconds(100),
                DecideAllInterval = decideAll ?? TimeSpan.FromMilliseconds(200),
                JournalFsync = JournalFsyncPolicy.None,
            },
            Analytics = config.Analytics with { Enabled = analytics, MonteCarloPaths = 200 },
        };
    }

    public static TradingServerOptions Options(string directory, SimpleVenue? venue, TextWriter? output = null) => new()
    {
        StateDirectory = directory,
        VenuePorts = venue is null ? null : new Dictionary<string, int> { ["VENUE1"] = venue.Port, ["VENUE2"] = venue.Port, ["VENUE3"] = venue.Port },
        ReconnectInterval = TimeSpan.FromMilliseconds(200),
        ConnectVenues = venue is not null,
        Output = output,
        FixOptions = new FixEngineOptions { TimerInterval = TimeSpan.FromMilliseconds(5), MaxReconnectInterval = TimeSpan.FromMilliseconds(500) },
    };
}
