using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using LowLatency.Fix.Log;
using LowLatency.Venue.Config;

namespace LowLatency.Venue.Faults;

/// <summary>
/// Fault injection on the wire for one venue: listens on the venue's FIX port in place of the engine's acceptor and
/// puts a <see cref="WireFaultConnection"/> between every client and its session, so dropped messages are real
/// sequence gaps, silence silences heartbeats too, and a dropped session is a real TCP close. Used only when the
/// venue's configuration asks for a wire fault (drop session after N, drop every Nth, go silent after N).
/// </summary>
internal sealed class WireFaultProxy : IDisposable
{
    private readonly Socket _listener;
    private readonly FaultInjectionConfig _faults;
    private readonly Action<IDuplexPipe, string> _connect;
    private readonly IMessageLog _log;
    private readonly List<WireFaultConnection> _connections = new();
    private readonly Thread _acceptThread;
    private volatile bool _disposed;

    /// <param name="endpoint">Where to listen (port 0: any free port).</param>
    /// <param name="faults">The venue's faults.</param>
    /// <param name="connect">Attaches the session side of a new connection to the FIX engine (first Logon picks the session).</param>
    /// <param name="log">The venue's engine log.</param>
    public WireFaultProxy(IPEndPoint endpoint, FaultInjectionConfig faults, Action<IDuplexPipe, string> connect, IMessageLog log)
    {
        _faults = faults;
        _connect = connect;
        _log = log;
        _listener = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        _listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Bind(endpoint);
        _listener.Listen(16);
        _acceptThread = new Thread(AcceptLoop) { IsBackground = true, Name = $"venue-fault-accept-{LocalEndPoint.Port}" };
    }

    public IPEndPoint LocalEndPoint => (IPEndPoint)_listener.LocalEndPoint!;

    public void Start()
    {
        _log.OnEvent($"Fault injection proxy listening on {LocalEndPoint}");
        _acceptThread.Start();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _listener.Dispose();
        if (_acceptThread.IsAlive)
        {
            _acceptThread.Join(TimeSpan.FromSeconds(5));
        }

        lock (_connections)
        {
            foreach (WireFaultConnection connection in _connections)
            {
                connection.Dispose();
            }
        }
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
                continue;
            }

            try
            {
                socket.NoDelay = true;
                var connection = new WireFaultConnection(socket, _faults, _log);
                lock (_connections)
                {
                    _connections.RemoveAll(c => c.IsClosed);
                    _connections.Add(connection);
                }

                _connect(connection.SessionTransport, "fault-proxy:" + connection.Name);
                connection.Start();
            }
            catch (Exception ex)
            {
                _log.OnEvent($"Fault proxy could not take a connection: {ex.GetType().Name}: {ex.Message}");
                socket.Dispose();
            }
        }
    }
}
