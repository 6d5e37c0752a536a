using System.Net.Sockets;
using LowLatency.Fix.Session;

namespace LowLatency.Fix.Transport;

/// <summary>
/// Keeps one initiator session connected: while it is disconnected and in session time, connects to
/// SocketConnectHost:SocketConnectPort (async, with a timeout, off the timer thread), attaches the socket and
/// starts its reader; after a disconnect or failure waits per <see cref="ReconnectBackoff"/>. Driven by the
/// engine timer (<see cref="Poll"/>); the session itself sends the Logon once attached.
/// </summary>
internal sealed class InitiatorConnector
{
    private readonly FixSession _session;
    private readonly TransportOptions _options;
    private readonly TimeSpan _connectTimeout;
    private ReconnectBackoff _backoff;
    private long _nextAttemptNs;
    private int _connecting;
    private volatile bool _attached;
    private volatile bool _enabled = true;
    private int _seenLogons;

    public InitiatorConnector(FixSession session, TransportOptions options, TimeSpan maxReconnectInterval, TimeSpan connectTimeout)
    {
        _session = session;
        _options = options;
        _connectTimeout = connectTimeout;
        _backoff = new ReconnectBackoff(session.Settings.ReconnectInterval, maxReconnectInterval);
    }

    /// <summary>Connection attempts so far (for tests and metrics).</summary>
    public int Attempts { get; private set; }

    /// <summary>When the next attempt may start (engine clock, UTC ns).</summary>
    public long NextAttemptNs => Volatile.Read(ref _nextAttemptNs);

    /// <summary>An attempt is in flight.</summary>
    public bool IsConnecting => Volatile.Read(ref _connecting) != 0;

    /// <summary>No more attempts (engine stopping).</summary>
    public void Disable() => _enabled = false;

    /// <summary>Timer tick (engine timer thread).</summary>
    public void Poll(long now)
    {
        if (Volatile.Read(ref _connecting) != 0)
        {
            return;
        }

        if (_session.LogonCount != _seenLogons)
        {
            _seenLogons = _session.LogonCount;
            _backoff.OnLoggedOn();
        }

        if (_session.Status != FixSessionStatus.Disconnected)
        {
            return;
        }

        if (_attached)
        {
            // The connection we made has ended: wait before the next one.
            _attached = false;
            ScheduleNextAttempt(now, "disconnected");
        }

        if (!_enabled || now < Volatile.Read(ref _nextAttemptNs) || !_session.Settings.Schedule.IsInSession(now))
        {
            return;
        }

        Volatile.Write(ref _connecting, 1);
        Attempts++;
        _ = ConnectAsync();
    }

    private async Task ConnectAsync()
    {
        string host = _session.Settings.SocketConnectHost!;
        int port = _session.Settings.SocketConnectPort;
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            using (var timeout = new CancellationTokenSource(_connectTimeout))
            {
                await socket.ConnectAsync(host, port, timeout.Token).ConfigureAwait(false);
            }

            SocketChannel.Configure(socket, _session.Settings.SocketNodelay);
            var channel = new SocketChannel(socket);
            var connection = new FixConnection(channel, _session, null, _options.MaxMessageLength, _options.Clock.UtcEpochNanoseconds());
            if (!_enabled || !_session.TryAttach(connection, channel))
            {
                socket.Dispose();
                ScheduleNextAttempt(_options.Clock.UtcEpochNanoseconds(), "session busy or engine stopping");
                return;
            }

            _attached = true;
            new SocketReceiver(socket, channel, connection, _options.EngineLog, _options, $"fix-read-{_session.Id.TargetCompID}").Start();
        }
        catch (Exception ex)
        {
            socket.Dispose();
            _session.Log.OnEvent($"Connection to {host}:{port} failed: {ex.GetType().Name}: {ex.Message}");
            ScheduleNextAttempt(_options.Clock.UtcEpochNanoseconds(), "connection failed");
        }
        finally
        {
            Volatile.Write(ref _connecting, 0);
        }
    }

    private void ScheduleNextAttempt(long now, string why)
    {
        long delay = _backoff.NextDelayNs();
        Volatile.Write(ref _nextAttemptNs, now + delay);
        _session.Log.OnEvent($"Reconnecting in {delay / 1_000_000} ms ({why}; {_backoff.Failures} attempt(s) without logon)");
    }
}
