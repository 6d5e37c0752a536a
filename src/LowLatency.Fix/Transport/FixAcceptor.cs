using System.Net;
using System.Net.Sockets;
using LowLatency.Fix.Session;

namespace LowLatency.Fix.Transport;

/// <summary>
/// Listens on one endpoint for the acceptor sessions configured on it (several sessions may share a port):
/// each accepted socket gets TCP_NODELAY, non-blocking mode and its own reader thread; its first Logon decides
/// the session (<see cref="AcceptorRouter"/>).
/// </summary>
internal sealed class FixAcceptor : IDisposable
{
    private readonly IPEndPoint _endpoint;
    private readonly bool _noDelay;
    private readonly TransportOptions _options;
    private readonly Socket _listener;
    private readonly Thread _acceptThread;
    private volatile bool _disposed;

    public FixAcceptor(IPEndPoint endpoint, IReadOnlyList<FixSession> sessions, TransportOptions options)
    {
        _endpoint = endpoint;
        _options = options;
        _noDelay = sessions.All(s => s.Settings.SocketNodelay);
        TimeSpan logonTimeout = sessions.Max(s => s.Settings.LogonTimeout);
        Router = new AcceptorRouter(sessions, options.EngineLog, options.Clock, logonTimeout);
        _listener = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        _acceptThread = new Thread(AcceptLoop) { IsBackground = true, Name = $"fix-accept-{endpoint.Port}" };
    }

    public AcceptorRouter Router { get; }

    /// <summary>The bound endpoint (the real port when configured with 0).</summary>
    public IPEndPoint LocalEndPoint => (IPEndPoint)_listener.LocalEndPoint!;

    /// <exception cref="SocketException">The endpoint cannot be bound (in use, no permission).</exception>
    public void Start()
    {
        _listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Bind(_endpoint);
        _listener.Listen(_options.ListenBacklog);
        _options.EngineLog.OnEvent($"Accepting FIX connections on {LocalEndPoint}");
        _acceptThread.Start();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _listener.Dispose(); // Accept returns with an exception the loop expects
        if (_acceptThread.IsAlive)
        {
            _acceptThread.Join(TimeSpan.FromSeconds(5));
        }

        Router.CloseAll();
    }

    private void AcceptLoop()
    {
        while (!_disposed)
        {
            Socket socket;
            try
            {
                socket = _listener.Accept();
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                if (!_disposed)
                {
                    _options.EngineLog.OnEvent($"Accept on {_endpoint} failed: {ex.Message}");
                }

                continue;
            }

            try
            {
                SocketChannel.Configure(socket, _noDelay);
                var channel = new SocketChannel(socket);
                var connection = new FixConnection(channel, null, Router, _options.MaxMessageLength, _options.Clock.UtcEpochNanoseconds());
                Router.Add(connection);
                _options.EngineLog.OnEvent($"Accepted connection from {channel.RemoteName} on {_endpoint.Port}");
                new SocketReceiver(socket, channel, connection, _options.EngineLog, _options, $"fix-read-{channel.RemoteName}").Start();
            }
            catch (Exception ex)
            {
                _options.EngineLog.OnEvent($"Could not start a connection on {_endpoint}: {ex.GetType().Name}: {ex.Message}");
                socket.Dispose();
            }
        }
    }
}
