using LowLatency.LoadTest.Cli;

namespace LowLatency.LoadTest;

/// <summary>Latency/load harness entry point (engine + venues under open-loop load, HdrHistogram percentiles).</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true; // end the current step, report what was measured, stop the engine cleanly
            cancel.Cancel();
        };
        return LoadTestApp.Run(args, Console.Out, Console.Error, out _, cancel.Token);
    }
}
