using LowLatency.Server.Config;

namespace LowLatency.Server.Cli;

/// <summary><c>check-config</c>: loads and validates the engine and portfolio files (the embedded defaults when not given) and prints a summary.</summary>
public static class CheckConfigCommand
{
    public static int Run(CliArguments a, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(context);
        ConfigSource engine = a.Get("--fix") is { } f ? ConfigSource.FromFile(f) : DefaultConfigs.Engine;
        ConfigSource portfolio = a.Get("--portfolio") is { } p ? ConfigSource.FromFile(p) : DefaultConfigs.Portfolio;
        EngineConfig config = EngineConfigLoader.Load(engine, portfolio);
        context.Out.WriteLine($"{engine.Name}: {config.Sessions.Count} FIX sessions, venues {string.Join(", ", config.Venues.Select(v => v.TargetCompId))}, " +
                              $"wait strategy {config.Server.WaitStrategy}, journal {config.Server.JournalPath}");
        context.Out.WriteLine($"{portfolio.Name}: portfolio '{config.Portfolio.Name}', {config.Portfolio.Instruments.Count} instruments " +
                              $"({string.Join(", ", config.Portfolio.Instruments.Select(i => i.Symbol))}), {config.Portfolio.Deltas.Count} delta rules");
        if (a.Get("--venues") is { } venues)
        {
            VenueCommand.Check(ConfigSource.FromFile(venues), context);
        }

        context.Out.WriteLine($"configuration OK (fingerprint {config.Fingerprint[..16]})");
        return CliApp.Ok;
    }
}
