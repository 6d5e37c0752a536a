namespace LowLatency.Server.Cli;

/// <summary>A command line that parsed but makes no sense (missing required option, a value out of range): usage + exit 2.</summary>
public sealed class UsageException(string message) : Exception(message);
