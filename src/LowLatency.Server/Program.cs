using LowLatency.Server.Cli;

namespace LowLatency.Server;

/// <summary>Process entry point of <c>lowlatency</c>: the command line (<see cref="CliApp"/>) on the console, Ctrl+C and SIGTERM stop cleanly.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        using var stop = new StopSignal();
        stop.InstallProcessHandlers();
        return CliApp.Run(args, new CliContext(Console.Out, Console.Error, stop));
    }
}
