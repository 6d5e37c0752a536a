namespace LowLatency.Fix.Log;

/// <summary>
/// Where a session reports the raw messages it receives and sends, and its events (logon, resend,
/// disconnect). Called from the FIX threads, so implementations must never block or allocate on
/// <see cref="OnIncoming"/>/<see cref="OnOutgoing"/>: the file log copies into a bounded queue and a
/// background thread writes; when the queue is full it drops and counts. Thread-safe.
/// </summary>
public interface IMessageLog : IDisposable
{
    /// <summary>A complete message as received (raw bytes, SOH separators kept).</summary>
    void OnIncoming(ReadOnlySpan<byte> message);

    /// <summary>A complete message as sent.</summary>
    void OnOutgoing(ReadOnlySpan<byte> message);

    /// <summary>A human-readable session event (a string converts implicitly).</summary>
    void OnEvent(ReadOnlySpan<char> text);

    /// <summary>Records dropped because the queue was full (or the log was closed).</summary>
    long DroppedCount { get; }
}
