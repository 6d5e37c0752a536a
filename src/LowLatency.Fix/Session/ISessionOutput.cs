namespace LowLatency.Fix.Session;

/// <summary>
/// Where the session state machine writes its messages (STYLE #8: the machine does no I/O). Implemented by
/// structs (the transport's <c>ChannelOutput</c>, tests' recorders) and used as a constrained generic, so the
/// calls are direct. Messages are encoded in place into the span handed out, then committed: zero copy.
/// </summary>
internal interface ISessionOutput
{
    /// <summary>True while a connection can take bytes.</summary>
    bool IsConnected { get; }

    /// <summary>Bytes the buffer holds when empty: a message larger than this can never be sent.</summary>
    int Capacity { get; }

    /// <summary>
    /// Free space after the bytes already queued. When fewer than <paramref name="minimumLength"/> bytes are
    /// free it first pushes queued bytes to the transport and compacts; it never grows (the caller decides).
    /// Empty when disconnected.
    /// </summary>
    Span<byte> GetBuffer(int minimumLength);

    /// <summary>
    /// Rare path (resends, session replies): grows the buffer so that at least <paramref name="minimumLength"/>
    /// bytes are free, up to its configured cap; false when the cap is reached (a peer that does not read).
    /// </summary>
    bool TryGrow(int minimumLength);

    /// <summary>The first <paramref name="length"/> bytes of the last <see cref="GetBuffer"/> span are a message: queue them.</summary>
    void Commit(int length);

    /// <summary>Hands queued bytes to the transport without blocking; what it cannot take stays queued.</summary>
    void Flush();

    /// <summary>Flushes what it can and closes the connection (FIN after the queued bytes).</summary>
    void Disconnect();
}
