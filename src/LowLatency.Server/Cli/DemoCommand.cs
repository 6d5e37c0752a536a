namespace LowLatency.Server.Cli;

/// <summary><c>demo</c>: engine and simulated venues on loopback from the embedded configuration (needs the venue hosting API).</summary>
public static class DemoCommand
{
    public static int Run(CliArguments a, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Error.WriteLine("demo: the simulated venues' hosting API is not in this build yet");
        return CliApp.Failed;
    }
}
