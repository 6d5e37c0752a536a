namespace LowLatency.LoadTest.Cli;

/// <summary>A command line the harness cannot run: printed with the usage text, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
