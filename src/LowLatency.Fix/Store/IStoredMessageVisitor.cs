namespace LowLatency.Fix.Store;

/// <summary>
/// Receives stored messages during a resend, one span at a time, so the store hands out its own buffer
/// instead of allocating per message. Implement as a struct (or ref struct holding the output span).
/// </summary>
public interface IStoredMessageVisitor
{
    /// <summary>
    /// One stored message, exactly the bytes that were sent. The span is valid only during the call.
    /// Return false to stop the visit (e.g. the output is full); the rest can be asked for again later.
    /// </summary>
    bool OnMessage(long seqNum, ReadOnlySpan<byte> message);
}
