namespace LowLatency.Server;

/// <summary>Process entry point: the composition root wires engine, rings and venues.</summary>
public static class Program
{
    public static int Main(string[] args) => 0;
}
