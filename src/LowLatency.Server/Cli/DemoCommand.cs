using System.Globalization;
using LowLatency.Server.Config;
using LowLatency.Server.Hosting;
using LowLatency.Venue.Hosting;

namespace LowLatency.Server.Cli;

/// <summary>
/// <c>demo</c> (the default command): the three simulated venues of the embedded <c>venues.ini</c> on ephemeral
/// loopback ports and the engine on the embedded <c>engine.ini</c> and demo portfolio, with the live dashboard, until
/// Ctrl+C or <c>--duration</c>. State (FIX stores and logs of both sides, the journal) goes under <c>--data</c>
/// (default <c>data/demo</c>), so a second run resumes positions and sequence numbers.
/// </summary>
public static class DemoCommand
{
    public static int Run(CliArguments a, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(context);
        TimeSpan? duration = CommonOptions.Duration(a);
        int seed = CommonOptions.Int(a, "--seed", 42, 0, int.MaxValue / 2);
        string data = a.Get("--data") ?? Path.Combine("data", "demo");
        EngineConfig config = EngineConfigLoader.LoadDefaults();
        var venueOptions = new VenueHostOptions
        {
            PortOverride = 0, // ephemeral: the demo never collides with anything listening on the configured ports
            StorePath = Path.Combine(data, "venues", "store"),
            LogPath = Path.Combine(data, "venues", "log"),
            Seed = seed,
        };
        using VenueHost venues = VenueHost.StartFromText(DefaultConfigs.Venues.Text, DefaultConfigs.Venues.Name, venueOptions);
        var ports = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (RunningVenue v in venues.Venues)
        {
            ports[v.SenderCompID] = v.EndPoint.Port;
        }

        var options = new TradingServerOptions
        {
            StateDirectory = data,
            VenuePorts = ports,
            MetricsPort = CommonOptions.MetricsPort(a),
            WaitStrategy = CommonOptions.WaitStrategy(a),
            RecordInbound = a.Has("--record-inbound") ? true : null,
            Output = context.Out,
            Dashboard = !a.Has("--no-dashboard"),
        };
        string where = string.Join(", ", venues.Venues.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Name} on {v.EndPoint}")));
        return EngineCommand.RunServer(config, options, duration, context, $"simulated venues {where} (seed {seed})");
    }
}
