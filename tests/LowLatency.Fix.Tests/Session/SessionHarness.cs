using System.Net;
using System.Net.Sockets;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Engine;
using LowLatency.Fix.Session;
using LowLatency.Testing;
using LowLatency.Testing.Fix;
using LowLatency.Testing.Net;

namespace LowLatency.Fix.Tests.Session;

/// <summary>
/// The shared base of every session-rule test (Artio's AbstractSessionTest, as a fixture): one engine with one
/// session — acceptor or initiator, over an in-memory pipe or real loopback sockets — a scripted counterparty
/// (<see cref="FixTestPeer"/>), a <see cref="FakeClock"/>, and timers ticked by the test (<see cref="Advance"/>),
/// so every rule is deterministic in all four modes.
/// </summary>
public sealed class SessionHarness : IDisposable
{
    public const string Us = "LLFIX";
    public const string Them = "PEER";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private readonly Socket? _listener;

    public SessionHarness(SessionMode mode, HarnessOptions? options = null)
    {
        Mode = mode;
        Options = options ?? new HarnessOptions();
        Clock = new FakeClock(Options.Start);
        Recorder = new ApplicationRecorder();
        int connectPort = 0;
        if (Role == ConnectionType.Initiator && OverSockets)
        {
            _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            _listener.Listen(8);
            connectPort = ((IPEndPoint)_listener.LocalEndPoint!).Port;
        }

        Settings = new FixSessionSettings
        {
            SessionId = new FixSessionId("FIX.4.4", Us, Them),
            ConnectionType = Role,
            SocketAcceptPort = Role == ConnectionType.Acceptor ? FreePort.Next() : 0,
            SocketAcceptAddress = IPAddress.Loopback,
            SocketConnectHost = Role == ConnectionType.Initiator ? "127.0.0.1" : null,
            SocketConnectPort = connectPort,
            HeartBtInt = Options.HeartBtInt,
            PersistMessages = Options.PersistMessages,
            ResetOnLogon = Options.ResetOnLogon,
            ResetOnLogout = Options.ResetOnLogout,
            ResetOnDisconnect = Options.ResetOnDisconnect,
            CheckLatency = Options.CheckLatency,
            MaxLatency = Options.MaxLatency,
            LogonTimeout = Options.LogonTimeout,
            LogoutTimeout = Options.LogoutTimeout,
            ReconnectInterval = Options.ReconnectInterval,
            Schedule = Options.Schedule,
            FileStorePath = Options.FileStorePath,
            FileLogPath = Options.FileLogPath,
        };
        Engine = new FixEngine<RecordingApplication>([Settings], new RecordingApplication(Recorder), new FixEngineOptions
        {
            Clock = Clock,
            TimerInterval = TimeSpan.FromHours(1), // the test ticks the timers itself: deterministic
            UseSockets = OverSockets,
            SessionLogFactory = Options.RecordLog ? _ => Log : null,
            EngineLog = EngineLog,
            Linger = TimeSpan.FromMilliseconds(500),
            ConnectTimeout = TimeSpan.FromSeconds(2),
        });
        Session = Engine.Sessions[0];
        Engine.Start();
    }

    public SessionMode Mode { get; }

    public HarnessOptions Options { get; }

    public ConnectionType Role => Mode is SessionMode.AcceptorInMemory or SessionMode.AcceptorOverSockets ? ConnectionType.Acceptor : ConnectionType.Initiator;

    public bool OverSockets => Mode is SessionMode.AcceptorOverSockets or SessionMode.InitiatorOverSockets;

    public FakeClock Clock { get; }

    public FixSessionSettings Settings { get; }

    public FixEngine<RecordingApplication> Engine { get; }

    public FixSession Session { get; }

    public ApplicationRecorder Recorder { get; }

    /// <summary>The session's own log (events, messages in and out).</summary>
    public RecordingMessageLog Log { get; } = new();

    public RecordingMessageLog EngineLog { get; } = new();

    public FixTestPeer Peer { get; private set; } = null!;

    /// <summary>Opens the transport; the initiator's Logon (if we are the initiator) is then waiting for the peer.</summary>
    public FixTestPeer Connect()
    {
        Peer?.Dispose();
        if (!OverSockets)
        {
            var pipe = InMemoryDuplexPipe.Create();
            Engine.ConnectInProcess(pipe.A, Role == ConnectionType.Initiator ? Session : null);
            Peer = new FixTestPeer(pipe.B, Them, Us, Clock);
        }
        else if (Role == ConnectionType.Acceptor)
        {
            int before = Engine.UnidentifiedConnections;
            Peer = FixTestPeer.Connect(new IPEndPoint(IPAddress.Loopback, Settings.SocketAcceptPort), Them, Us, Clock);
            Assert.True(Wait.Until(() => Engine.UnidentifiedConnections > before, Timeout), "the acceptor did not take the connection");
        }
        else
        {
            LowLatency.Fix.Transport.InitiatorConnector connector = Engine.Connectors[0];
            // Disconnected, or already reconnected by a timer tick of the test (then the connection waits in the backlog).
            Assert.True(Wait.Until(() => Session.Status is FixSessionStatus.Disconnected or FixSessionStatus.LogonSent && !connector.IsConnecting, Timeout),
                "session still connected");
            if (Session.Status == FixSessionStatus.Disconnected)
            {
                Engine.Tick(); // the connector starts its attempt, or schedules it after a disconnect
                long wait = connector.NextAttemptNs - Clock.UtcEpochNanoseconds();
                if (Session.Status == FixSessionStatus.Disconnected && !connector.IsConnecting && wait > 0)
                {
                    Clock.AdvanceNanoseconds(wait); // reconnect now: the backoff itself is tested elsewhere
                    Engine.Tick();
                }
            }
            Peer = FixTestPeer.Accept(_listener!, Them, Us, Clock, Timeout);
            Assert.True(Wait.Until(() => Session.Status != FixSessionStatus.Disconnected, Timeout), "the initiator did not attach its connection");
        }

        Peer.DefaultTimeout = Timeout;
        return Peer;
    }

    /// <summary>Connects and exchanges Logons (whichever side we are); the peer's next number is then 2.</summary>
    public FixTestPeer LogOn(int? heartBtInt = null)
    {
        Connect();
        if (Role == ConnectionType.Acceptor)
        {
            Peer.SendLogon(heartBtInt ?? Options.HeartBtInt);
            Peer.Expect("A");
        }
        else
        {
            PeerMessage logon = Peer.Expect("A");
            Peer.SendLogon(logon.Int(108));
        }

        Assert.True(Wait.Until(() => Session.IsLoggedOn, Timeout), "not logged on: " + string.Join(" / ", Log.Events));
        return Peer;
    }

    /// <summary>Moves the fake clock and runs one timer tick (heartbeats, timeouts, schedule, reconnects).</summary>
    public void Advance(TimeSpan by)
    {
        Clock.Advance(by);
        Engine.Tick();
    }

    /// <summary>Waits until the session is back to Disconnected.</summary>
    public bool WaitDisconnected() => Wait.Until(() => Session.Status == FixSessionStatus.Disconnected, Timeout);

    public void Dispose()
    {
        Peer?.Dispose();
        Engine.Dispose();
        _listener?.Dispose();
        Assert.Empty(Peer?.Garbled ?? []);
    }
}
