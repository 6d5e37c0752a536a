using System.Net.Sockets;

namespace LowLatency.Fix.Transport;

/// <summary>
/// A TCP connection's sending side: non-blocking <see cref="Socket.Send(ReadOnlySpan{byte}, SocketFlags, out SocketError)"/>
/// (never stalls the caller, who holds the session lock; a full kernel buffer is back-pressure) and the close handshake.
/// </summary>
internal sealed class SocketChannel : ITransportChannel
{
    private const int Open = 0;
    private const int Closing = 1;
    private const int Aborted = 2;

    private readonly Socket _socket;
    private int _state;

    public SocketChannel(Socket socket)
    {
        _socket = socket;
        RemoteName = socket.RemoteEndPoint?.ToString() ?? "unknown";
    }

    public string RemoteName { get; }

    public bool IsClosing => Volatile.Read(ref _state) != Open;

    public bool IsAborted => Volatile.Read(ref _state) == Aborted;

    /// <summary>
    /// Puts a connected socket in the mode the transport needs: TCP_NODELAY (as configured; a FIX message must
    /// not wait for Nagle) and non-blocking, so sends return instead of waiting for the peer to read.
    /// </summary>
    public static void Configure(Socket socket, bool noDelay)
    {
        socket.NoDelay = noDelay;
        socket.Blocking = false;
    }

    public int Send(ReadOnlySpan<byte> bytes)
    {
        if (Volatile.Read(ref _state) == Aborted)
        {
            return -1;
        }

        try
        {
            int sent = _socket.Send(bytes, SocketFlags.None, out SocketError error);
            return error switch
            {
                SocketError.Success => sent,
                SocketError.WouldBlock => 0,
                _ => -1,
            };
        }
        catch (ObjectDisposedException)
        {
            return -1;
        }
    }

    public void Close(bool graceful)
    {
        if (graceful)
        {
            if (Interlocked.CompareExchange(ref _state, Closing, Open) == Open)
            {
                // FIN after the queued bytes; the receiver keeps reading until the peer closes (or the linger
                // timeout), so unread input does not turn our close into a reset that could lose our last message.
                Shutdown(SocketShutdown.Send);
            }

            return;
        }

        if (Interlocked.Exchange(ref _state, Aborted) != Aborted)
        {
            Shutdown(SocketShutdown.Both); // wakes the receiver's poll; it disposes the socket
        }
    }

    private void Shutdown(SocketShutdown how)
    {
        try
        {
            _socket.Shutdown(how);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // already closed by the peer or the receiver
        }
    }
}
