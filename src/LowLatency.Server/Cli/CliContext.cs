namespace LowLatency.Server.Cli;

/// <summary>Where a command writes and how it is told to stop (the console and Ctrl+C in the process; writers and a signal in tests).</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, StopSignal Stop);
