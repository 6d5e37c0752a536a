using System.Net;
using System.Net.Sockets;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Engine;
using LowLatency.Fix.Session;
using LowLatency.Fix.Tests.Session;
using LowLatency.Fix.Transport;
using LowLatency.Testing;
using LowLatency.Testing.Fix;
using LowLatency.Testing.Net;

namespace LowLatency.Fix.Tests.Transport;

/// <summary>The initiator over real sockets: reconnects with backoff while the venue is down, and after it drops the connection.</summary>
public sealed class InitiatorTests : IDisposable
{
    private const long Second = 1_000_000_000;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly FakeClock _clock = new();
    private readonly ApplicationRecorder _recorder = new();
    private readonly RecordingMessageLog _log = new();
    private readonly int _port = FreePort.Next();
    private readonly FixEngine<RecordingApplication> _engine;

    public InitiatorTests()
    {
        var settings = new FixSessionSettings
        {
            SessionId = new FixSessionId("FIX.4.4", "LLFIX", "VENUE"),
            ConnectionType = ConnectionType.Initiator,
            SocketConnectHost = "127.0.0.1",
            SocketConnectPort = _port,
            HeartBtInt = 30,
            ReconnectInterval = TimeSpan.FromSeconds(1),
        };
        _engine = new FixEngine<RecordingApplication>([settings], new RecordingApplication(_recorder), new FixEngineOptions
        {
            Clock = _clock,
            TimerInterval = TimeSpan.FromHours(1),
            SessionLogFactory = _ => _log,
            MaxReconnectInterval = TimeSpan.FromSeconds(8),
            Linger = TimeSpan.FromMilliseconds(500),
        });
        _engine.Start();
    }

    private InitiatorConnector Connector => _engine.Connectors[0];

    private FixSession Session => _engine.Sessions[0];

    [Fact]
    public void WhileTheVenueIsDownAttemptsBackOffUpToTheCap()
    {
        long[] expectedWaits = [1 * Second, 2 * Second, 4 * Second, 8 * Second, 8 * Second];
        foreach (long wait in expectedWaits)
        {
            int attempts = Connector.Attempts;
            long before = Connector.NextAttemptNs;
            _engine.Tick(); // due: the attempt starts and is refused (nothing listens)
            Assert.Equal(attempts + 1, Connector.Attempts);
            Assert.True(Wait.Until(() => !Connector.IsConnecting && Connector.NextAttemptNs != before, Timeout), "the failed attempt was not rescheduled");
            Assert.Equal(wait, Connector.NextAttemptNs - _clock.UtcEpochNanoseconds());

            _clock.AdvanceNanoseconds(wait - 1);
            _engine.Tick();
            Assert.Equal(attempts + 1, Connector.Attempts); // not before the wait is over
            _clock.AdvanceNanoseconds(1);
        }

        Assert.True(_log.HasEvent("Connection to 127.0.0.1"));
    }

    [Fact]
    public void WhenTheVenueComesBackTheInitiatorLogsOnAndTheBackoffResets()
    {
        _engine.Tick();
        Assert.True(Wait.Until(() => !Connector.IsConnecting && Connector.NextAttemptNs > 0, Timeout));
        using Socket listener = Listen();
        _clock.Advance(TimeSpan.FromSeconds(1));
        using FixTestPeer venue = AcceptAndLogOn(listener);

        Assert.True(Session.IsLoggedOn);
        venue.Dispose(); // the venue drops the connection
        Assert.True(Wait.Until(() => Session.Status == FixSessionStatus.Disconnected, Timeout));
        _engine.Tick();
        Assert.Equal(1 * Second, Connector.NextAttemptNs - _clock.UtcEpochNanoseconds()); // a fresh interval after a logon
    }

    [Fact]
    public void AfterTheVenueDropsTheConnectionTheInitiatorReconnectsAndResumesItsNumbers()
    {
        using Socket listener = Listen();
        using (FixTestPeer venue = AcceptAndLogOn(listener))
        {
            TestOrders.Send(Session, "ORD-2");
            venue.Expect("D");
        }

        Assert.True(Wait.Until(() => Session.Status == FixSessionStatus.Disconnected, Timeout));
        Assert.True(_recorder.WaitFor(r => r.Logouts == 1));
        _engine.Tick();
        _clock.Advance(TimeSpan.FromSeconds(1));
        using FixTestPeer again = AcceptAndLogOn(listener, theirNextSeqNum: 2);
        Assert.Equal(3, again.History[0].SeqNum); // our Logon continues the sequence
        Assert.Equal(2, _recorder.Logons);
    }

    public void Dispose() => _engine.Dispose();

    private Socket Listen()
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, _port));
        listener.Listen(4);
        return listener;
    }

    private FixTestPeer AcceptAndLogOn(Socket listener, int theirNextSeqNum = 1)
    {
        _engine.Tick();
        FixTestPeer venue = FixTestPeer.Accept(listener, "VENUE", "LLFIX", _clock, Timeout);
        venue.NextSeqNum = theirNextSeqNum;
        venue.Expect("A");
        venue.SendLogon();
        Assert.True(Wait.Until(() => Session.IsLoggedOn, Timeout));
        return venue;
    }
}
