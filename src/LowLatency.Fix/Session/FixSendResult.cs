namespace LowLatency.Fix.Session;

/// <summary>
/// What <see cref="FixSession.TrySend{TBody}"/> did: back-pressure and "not now" are return values, never
/// exceptions, so the outbound ring stage can retry or drop without a try/catch on its hot path.
/// </summary>
public enum FixSendResult : byte
{
    /// <summary>Encoded with the next MsgSeqNum, stored and queued for the socket (and flushed when asked).</summary>
    Sent = 0,

    /// <summary>The session is not logged on (or is logging out): nothing was encoded and no MsgSeqNum was used.</summary>
    NotLoggedOn = 1,

    /// <summary>The outbound buffer is full because the socket is not draining: nothing was used; retry later.</summary>
    BackPressured = 2,

    /// <summary>The message does not fit in an empty outbound buffer (raise <c>OutboundBufferSize</c>).</summary>
    TooLarge = 3,

    /// <summary>The message store failed (disk full, I/O error): nothing was sent; the event log says why.</summary>
    StoreFailed = 4,

    /// <summary>The body is a session-level (admin) message type, which only the session itself sends.</summary>
    AdminMessageType = 5,
}
