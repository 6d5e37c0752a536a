using System.Globalization;
using LowLatency.Server.Config;
using LowLatency.Venue.Hosting;

namespace LowLatency.Server.Cli;

/// <summary><c>venue</c>: runs the simulated venues of a settings file (<c>VenueHost.StartFromFile</c>) until Ctrl+C or <c>--duration</c>.</summary>
public static class VenueCommand
{
    public static int Run(CliArguments a, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(context);
        string path = CommonOptions.Require(a, "--config");
        TimeSpan? duration = CommonOptions.Duration(a);
        int? seed = a.Has("--seed") ? CommonOptions.Int(a, "--seed", 0, 0, int.MaxValue / 2) : null;
        using VenueHost host = VenueHost.StartFromFile(path, new VenueHostOptions { Seed = seed });
        foreach (RunningVenue v in host.Venues)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{v.Name} ({v.SenderCompID}) listening on {v.EndPoint}: {string.Join(", ", v.Instruments.Select(i => i.Symbol))}"));
        }

        context.Out.WriteLine(duration is { } d ? string.Create(CultureInfo.InvariantCulture, $"running for {d.TotalSeconds:0.#}s") : "Ctrl+C to stop");
        context.Stop.Wait(duration);
        foreach (RunningVenue v in host.Venues)
        {
            VenueStats s = v.Stats;
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{v.Name}: orders {s.OrdersReceived}, client fills {s.ClientFills}, trades {s.Trades}, market data {s.MarketDataMessagesSent}"));
        }

        return CliApp.Ok;
    }

    /// <summary>Validates a venues file (sessions and venue sections) without starting anything.</summary>
    public static void Check(ConfigSource venues, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(venues);
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<SimulatedVenueDefinition> definitions = VenueSettingsFile.Parse(venues.Text, venues.Name);
        context.Out.WriteLine($"{venues.Name}: {definitions.Count} venues ({string.Join(", ", definitions.Select(d => d.Config.Name))})");
    }
}
