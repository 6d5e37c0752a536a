namespace LowLatency.LoadTest;

/// <summary>Latency/load harness entry point (engine + venues under load, HdrHistogram percentiles).</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("LowLatency.LoadTest: the load harness is not built yet (see the open issues).");
        return 2;
    }
}
