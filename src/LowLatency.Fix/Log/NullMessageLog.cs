namespace LowLatency.Fix.Log;

/// <summary>The log for sessions without FileLogPath, and for benchmarks: every call returns at once.</summary>
public sealed class NullMessageLog : IMessageLog
{
    private NullMessageLog()
    {
    }

    /// <summary>The single instance (stateless).</summary>
    public static NullMessageLog Instance { get; } = new();

    public long DroppedCount => 0;

    public void OnIncoming(ReadOnlySpan<byte> message)
    {
    }

    public void OnOutgoing(ReadOnlySpan<byte> message)
    {
    }

    public void OnEvent(ReadOnlySpan<char> text)
    {
    }

    public void Dispose()
    {
    }
}
