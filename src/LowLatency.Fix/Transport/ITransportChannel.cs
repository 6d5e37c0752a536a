namespace LowLatency.Fix.Transport;

/// <summary>
/// The byte pipe under one connection: a TCP socket in production, an in-memory pipe for in-process peers
/// and tests. One interface call per flush (not per message), dwarfed by the send system call behind it.
/// </summary>
internal interface ITransportChannel
{
    /// <summary>Text naming the remote end, for logs.</summary>
    string RemoteName { get; }

    /// <summary>
    /// Sends without blocking: the number of bytes the transport took (0 when its buffer is full, try again
    /// later), or -1 when the connection is gone.
    /// </summary>
    int Send(ReadOnlySpan<byte> bytes);

    /// <summary>
    /// Closes. Graceful: no more sends, the queued bytes and a FIN go out, and the receive side runs until the
    /// peer closes (or a linger timeout) so our last message is not lost to a reset. Otherwise: abort now.
    /// </summary>
    void Close(bool graceful);
}
