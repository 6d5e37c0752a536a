namespace LowLatency.Benchmarks;

/// <summary>
/// A custom measurement run (HdrHistogram latency percentiles, interleaved throughput rounds) that
/// BenchmarkDotNet's model does not fit. Found by reflection, so each area adds its own without
/// touching <see cref="Program"/>: <c>dotnet run -c Release --project perf/LowLatency.Benchmarks -- NAME [args]</c>.
/// </summary>
public interface IPerfCommand
{
    /// <summary>The first command-line argument that selects this command.</summary>
    string Name { get; }

    /// <summary>One line for the usage list.</summary>
    string Description { get; }

    int Run(string[] args);
}
