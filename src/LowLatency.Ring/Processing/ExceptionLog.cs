namespace LowLatency.Ring.Processing;

/// <summary>Default sink of the built-in exception policies (the process has no logging library here).</summary>
internal static class ExceptionLog
{
    public static readonly Action<Exception, long> ToStandardError = static (ex, sequence) =>
        Console.Error.WriteLine($"[ring] event processor exception at sequence {sequence} on thread '{Thread.CurrentThread.Name}': {ex}");
}
