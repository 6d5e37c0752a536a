using System.Net;
using LowLatency.Core.Time;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Engine;
using LowLatency.Fix.Session;
using LowLatency.Fix.Tests.Session;
using LowLatency.Testing;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Interop;

/// <summary>Our side of an interop test: one engine, one session (acceptor or initiator) on the real clock, recorded and filling orders.</summary>
public sealed class InteropEngine : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public InteropEngine(ConnectionType role, int port, string us, string them, IClock? clock = null, string? storePath = null, int heartBtInt = 30,
        OrderFiller? filler = null)
    {
        Filler = filler ?? new OrderFiller();
        Recorder.OnMessageAction = Filler.OnMessage;
        var settings = new FixSessionSettings
        {
            SessionId = new FixSessionId("FIX.4.4", us, them),
            ConnectionType = role,
            SocketAcceptPort = role == ConnectionType.Acceptor ? port : 0,
            SocketAcceptAddress = IPAddress.Loopback,
            SocketConnectHost = role == ConnectionType.Initiator ? "127.0.0.1" : null,
            SocketConnectPort = role == ConnectionType.Initiator ? port : 0,
            HeartBtInt = heartBtInt,
            ReconnectInterval = TimeSpan.FromSeconds(1),
            FileStorePath = storePath,
        };
        Engine = new FixEngine<RecordingApplication>([settings], new RecordingApplication(Recorder), new FixEngineOptions
        {
            Clock = clock ?? new SystemClock(),
            TimerInterval = TimeSpan.FromMilliseconds(5),
            SessionLogFactory = _ => Log,
            EngineLog = EngineLog,
        });
        Session = Engine.Sessions[0];
    }

    public FixEngine<RecordingApplication> Engine { get; }

    public FixSession Session { get; }

    public ApplicationRecorder Recorder { get; } = new();

    public RecordingMessageLog Log { get; } = new();

    public RecordingMessageLog EngineLog { get; } = new();

    public OrderFiller Filler { get; }

    public InteropEngine Start()
    {
        Engine.Start();
        return this;
    }

    public void WaitLoggedOn() =>
        Assert.True(Wait.Until(() => Session.IsLoggedOn, Timeout), "no logon: " + Diagnostics());

    public void WaitDisconnected() =>
        Assert.True(Wait.Until(() => Session.Status == FixSessionStatus.Disconnected, Timeout), "still connected: " + Diagnostics());

    /// <summary>Messages we received / sent of a type (readable, '|' for SOH).</summary>
    public IReadOnlyList<string> Incoming(string msgType) => Log.Incoming.Where(m => m.Contains($"|35={msgType}|", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<string> Outgoing(string msgType) => Log.Outgoing.Where(m => m.Contains($"|35={msgType}|", StringComparison.Ordinal)).ToList();

    public string Diagnostics() =>
        $"status {Session.Status}; events: {string.Join(" / ", Log.Events.TakeLast(10))}; engine: {string.Join(" / ", EngineLog.Events.TakeLast(5))}";

    public void Dispose() => Engine.Dispose();
}
