using LowLatency.Server.Config;

namespace LowLatency.Server.Cli;

/// <summary><c>venue</c>: the simulated venues of a settings file until Ctrl+C (needs the venue hosting API).</summary>
public static class VenueCommand
{
    public static int Run(CliArguments a, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Error.WriteLine("venue: the simulated venues' hosting API is not in this build yet");
        return CliApp.Failed;
    }

    public static void Check(ConfigSource venues, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(venues);
        ArgumentNullException.ThrowIfNull(context);
        context.Out.WriteLine($"{venues.Name}: not checked (venue hosting not in this build)");
    }
}
