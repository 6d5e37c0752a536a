using System.Diagnostics.CodeAnalysis;
using System.IO.Pipelines;
using System.Net;
using LowLatency.Core;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Log;
using LowLatency.Fix.Messages.Dictionary;
using LowLatency.Fix.Messages.Validation;
using LowLatency.Fix.Session;
using LowLatency.Fix.Store;
using LowLatency.Fix.Transport;

namespace LowLatency.Fix.Engine;

// Wiring: settings → per session a message store and log (MessageStoreFactory / MessageLogFactory, i.e. files
// when FileStorePath / FileLogPath are set), a validator, and an ApplicationSession<TApp>; acceptor sessions
// grouped by listen endpoint into FixAcceptors (many sessions per port); one InitiatorConnector per initiator
// session; one timer thread for every session's timers. Threads: one per listening port (accept), one per
// socket connection (reader), the timer, and the application's own threads calling TrySend.

/// <summary>
/// The FIX engine: sessions from a QuickFIX-style settings file, their stores and logs, the acceptors and
/// initiators that connect them, and the timer that drives heartbeats and reconnects. Used by the trading
/// server (initiator sessions to venues) and by the simulated venues (acceptor sessions).
/// </summary>
/// <typeparam name="TApp">The application callbacks, a struct (see <see cref="IFixApplication"/>).</typeparam>
public sealed class FixEngine<TApp> : IDisposable
    where TApp : struct, IFixApplication
{
    private readonly FixEngineOptions _options;
    private readonly FixSession[] _sessions;
    private readonly Dictionary<FixSessionId, FixSession> _byId = new();
    private readonly List<FixAcceptor> _acceptors = new();
    private readonly List<InitiatorConnector> _connectors = new();
    private readonly AcceptorRouter _inProcessRouter;
    private readonly TransportOptions _transport;
    private readonly IMessageLog _engineLog;
    private readonly bool _ownsEngineLog;
    private readonly EngineTimer _timer;
    private readonly ManualResetEventSlim _statusChanged = new(false);
    private int _state;

    /// <summary>Creates the sessions (opening their stores and logs); nothing connects until <see cref="Start"/>.</summary>
    /// <exception cref="FixStoreException">A session's file store cannot be opened.</exception>
    public FixEngine(IReadOnlyList<FixSessionSettings> sessions, TApp application, FixEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        if (sessions.Count == 0)
        {
            ThrowHelper.ThrowArgument(nameof(sessions), "no sessions configured");
        }

        _options = options ?? FixEngineOptions.Default;
        (_engineLog, _ownsEngineLog) = CreateEngineLog(sessions, _options);
        _transport = new TransportOptions(_options.Clock, _engineLog, _options.MaxMessageLength, _options.Linger, _options.ListenBacklog, _options.ReceiveSpinCount);
        _sessions = new FixSession[sessions.Count];
        try
        {
            for (int i = 0; i < sessions.Count; i++)
            {
                _sessions[i] = CreateSession(sessions[i], i, application);
                _sessions[i].StatusChanged = _statusChanged.Set;
                _byId.Add(sessions[i].SessionId, _sessions[i]);
            }
        }
        catch
        {
            CloseStores();
            throw;
        }

        _inProcessRouter = new AcceptorRouter(
            _sessions.Where(s => s.Settings.ConnectionType == ConnectionType.Acceptor), _engineLog, _options.Clock, FixSessionSettings.DefaultLogonTimeout);
        _timer = new EngineTimer(Tick, _options.TimerInterval, _engineLog);
    }

    /// <summary>Loads the sessions of a settings file (<see cref="FixSessionSettingsBinder.Load"/>) and creates the engine.</summary>
    /// <exception cref="Config.FixConfigException">The file is invalid (the message names file, line and key).</exception>
    public static FixEngine<TApp> Load(string settingsPath, TApp application, FixEngineOptions? options = null) =>
        new(FixSessionSettingsBinder.Load(settingsPath), application, options);

    public IReadOnlyList<FixSession> Sessions => _sessions;

    /// <summary>The local endpoints the acceptors listen on (after <see cref="Start"/>).</summary>
    public IReadOnlyList<IPEndPoint> AcceptorEndPoints => _acceptors.Select(a => a.LocalEndPoint).ToArray();

    internal IReadOnlyList<InitiatorConnector> Connectors => _connectors;

    internal IMessageLog EngineLog => _engineLog;

    /// <summary>Acceptor connections still waiting for their first Logon.</summary>
    internal int UnidentifiedConnections => _inProcessRouter.UnidentifiedCount + _acceptors.Sum(a => a.Router.UnidentifiedCount);

    public FixSession GetSession(FixSessionId id) =>
        _byId.TryGetValue(id, out FixSession? session) ? session : throw new KeyNotFoundException($"no session {id}");

    public bool TryGetSession(FixSessionId id, [NotNullWhen(true)] out FixSession? session) => _byId.TryGetValue(id, out session);

    /// <summary>The first session whose TargetCompID is <paramref name="targetCompId"/> (e.g. a venue's CompID), or null.</summary>
    public FixSession? FindByTarget(string targetCompId)
    {
        foreach (FixSession session in _sessions)
        {
            if (string.Equals(session.Id.TargetCompID, targetCompId, StringComparison.Ordinal))
            {
                return session;
            }
        }

        return null;
    }

    /// <summary>Starts the timer, binds the acceptor ports and lets initiators connect (unless <see cref="FixEngineOptions.UseSockets"/> is false).</summary>
    /// <exception cref="System.Net.Sockets.SocketException">An acceptor port cannot be bound.</exception>
    public void Start()
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            ThrowHelper.ThrowInvalidOperation("the engine was already started");
        }

        if (_options.UseSockets)
        {
            StartSockets();
        }

        _timer.Start();
    }

    /// <summary>
    /// Connects a session over an in-process duplex pipe (an in-process venue, tests): with <paramref name="session"/>
    /// it is attached at once (an initiator sends its Logon); without, the first Logon picks the acceptor session.
    /// The pipes must not pause their writers (<c>pauseWriterThreshold: 0</c>).
    /// </summary>
    public void ConnectInProcess(IDuplexPipe transport, FixSession? session = null, string remoteName = "in-process")
    {
        ArgumentNullException.ThrowIfNull(transport);
        var channel = new PipeChannel(transport, remoteName);
        var connection = new FixConnection(channel, session, session is null ? _inProcessRouter : null, _options.MaxMessageLength,
            _options.Clock.UtcEpochNanoseconds());
        if (session is null)
        {
            _inProcessRouter.Add(connection);
        }
        else if (!session.TryAttach(connection, channel))
        {
            ThrowHelper.ThrowInvalidOperation($"{session.Id} is already connected");
        }

        _ = PipeReceiver.RunAsync(transport.Input, channel, connection, _engineLog);
    }

    /// <summary>
    /// Graceful stop: no more reconnects, Logout on every logged-on session, wait (up to <paramref name="timeout"/>) for
    /// the answers, then close what is still connected. True when every session ended by itself in time.
    /// </summary>
    public bool Stop(TimeSpan timeout)
    {
        foreach (InitiatorConnector connector in _connectors)
        {
            connector.Disable();
        }

        foreach (FixSession session in _sessions)
        {
            session.Logout("Engine shutting down");
        }

        bool clean = WaitAllDisconnected(timeout);
        foreach (FixSession session in _sessions)
        {
            session.Abort();
        }

        WaitAllDisconnected(TimeSpan.FromSeconds(2));
        return clean;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _state, 2) == 2)
        {
            return;
        }

        Stop(TimeSpan.FromSeconds(1));
        _timer.Dispose();
        foreach (FixAcceptor acceptor in _acceptors)
        {
            acceptor.Dispose();
        }

        _inProcessRouter.CloseAll();
        CloseStores();
        if (_ownsEngineLog)
        {
            _engineLog.Dispose();
        }

        _statusChanged.Dispose();
    }

    /// <summary>One timer tick now (the timer thread does this every <see cref="FixEngineOptions.TimerInterval"/>).</summary>
    internal void Tick()
    {
        long now = _options.Clock.UtcEpochNanoseconds();
        foreach (FixSession session in _sessions)
        {
            try
            {
                session.Poll();
            }
            catch (Exception ex)
            {
                session.Log.OnEvent($"Session timer failed, disconnecting: {ex.GetType().Name}: {ex.Message}");
                session.Abort();
            }
        }

        foreach (InitiatorConnector connector in _connectors)
        {
            connector.Poll(now);
        }

        foreach (FixAcceptor acceptor in _acceptors)
        {
            acceptor.Router.Poll();
        }

        _inProcessRouter.Poll();
    }

    private void StartSockets()
    {
        foreach (IGrouping<IPEndPoint, FixSession> group in _sessions
                     .Where(s => s.Settings.ConnectionType == ConnectionType.Acceptor)
                     .GroupBy(s => new IPEndPoint(s.Settings.SocketAcceptAddress ?? IPAddress.Any, s.Settings.SocketAcceptPort)))
        {
            var acceptor = new FixAcceptor(group.Key, group.ToArray(), _transport);
            _acceptors.Add(acceptor);
            acceptor.Start();
        }

        foreach (FixSession session in _sessions)
        {
            if (session.Settings.ConnectionType == ConnectionType.Initiator)
            {
                _connectors.Add(new InitiatorConnector(session, _transport, _options.MaxReconnectInterval, _options.ConnectTimeout));
            }
        }
    }

    private FixSession CreateSession(FixSessionSettings settings, int index, TApp application)
    {
        IMessageStore store = MessageStoreFactory.Create(settings, _options.Clock);
        IMessageLog log;
        try
        {
            log = _options.SessionLogFactory?.Invoke(settings) ?? MessageLogFactory.Create(settings, _options.Clock);
        }
        catch
        {
            store.Dispose();
            throw;
        }

        var validator = new FixValidator(FixDictionary.Fix44, FixValidationOptions.Default with { ValidateUserDefinedFields = settings.ValidateUserDefinedFields });
        return new ApplicationSession<TApp>(settings, index, application, store, log, validator, _options.Clock,
            _options.OutboundBufferSize, _options.MaxOutboundBufferSize);
    }

    private bool WaitAllDisconnected(TimeSpan timeout)
    {
        long deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (true)
        {
            _statusChanged.Reset();
            if (_sessions.All(s => s.Status == FixSessionStatus.Disconnected))
            {
                return true;
            }

            long left = deadline - Environment.TickCount64;
            if (left <= 0)
            {
                return false;
            }

            _statusChanged.Wait(TimeSpan.FromMilliseconds(Math.Min(left, 50)));
        }
    }

    private void CloseStores()
    {
        foreach (FixSession? session in _sessions)
        {
            if (session is null)
            {
                continue;
            }

            session.Store.Dispose();
            session.Log.Dispose();
        }
    }

    private static (IMessageLog Log, bool Owned) CreateEngineLog(IReadOnlyList<FixSessionSettings> sessions, FixEngineOptions options)
    {
        if (options.EngineLog is not null)
        {
            return (options.EngineLog, false);
        }

        foreach (FixSessionSettings settings in sessions)
        {
            if (settings.FileLogPath is not null)
            {
                return (new FileMessageLog(new FileMessageLogOptions(settings.FileLogPath, "FIXENGINE"), options.Clock), true);
            }
        }

        return (NullMessageLog.Instance, false);
    }
}
