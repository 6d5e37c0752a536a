using System.Net;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Engine;
using LowLatency.Fix.Tests.Session;
using LowLatency.Testing;
using LowLatency.Testing.Fix;
using LowLatency.Testing.Net;

namespace LowLatency.Fix.Tests.Transport;

/// <summary>The acceptor over real sockets: several sessions on one port routed by CompIDs, unknown CompIDs and second logons refused.</summary>
public sealed class AcceptorTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly FakeClock _clock = new();
    private readonly ApplicationRecorder _recorder = new();
    private readonly RecordingMessageLog _engineLog = new();
    private readonly Dictionary<string, RecordingMessageLog> _logs = new();
    private readonly int _port = FreePort.Next();
    private readonly FixEngine<RecordingApplication> _engine;
    private readonly List<FixTestPeer> _peers = new();

    public AcceptorTests()
    {
        FixSessionSettings[] sessions = [Acceptor("ALPHA"), Acceptor("BETA")];
        foreach (FixSessionSettings s in sessions)
        {
            _logs[s.SessionId.TargetCompID] = new RecordingMessageLog();
        }

        _engine = new FixEngine<RecordingApplication>(sessions, new RecordingApplication(_recorder), new FixEngineOptions
        {
            Clock = _clock,
            TimerInterval = TimeSpan.FromHours(1),
            EngineLog = _engineLog,
            SessionLogFactory = s => _logs[s.SessionId.TargetCompID],
            Linger = TimeSpan.FromMilliseconds(500),
        });
        _engine.Start();
    }

    [Fact]
    public void SeveralSessionsShareOnePortAndEachLogonReachesItsOwnSession()
    {
        Assert.Single(_engine.AcceptorEndPoints);
        FixTestPeer alpha = LogOn("ALPHA");
        FixTestPeer beta = LogOn("BETA");
        alpha.Send("D", TestOrders.Body("FROM-ALPHA"));
        beta.Send("D", TestOrders.Body("FROM-BETA"));

        Assert.True(_recorder.WaitFor(r => r.Messages.Count == 2));
        Assert.All(_engine.Sessions, s => Assert.True(s.IsLoggedOn));
        Assert.Equal(3, _engine.Sessions[0].NextTargetSeqNum);
        Assert.Equal(3, _engine.Sessions[1].NextTargetSeqNum);
        Assert.Contains(_logs["ALPHA"].Incoming, m => m.Contains("11=FROM-ALPHA", StringComparison.Ordinal));
        Assert.Contains(_logs["BETA"].Incoming, m => m.Contains("11=FROM-BETA", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownCompIdsAreRefusedWithALogoutThatSaysWhy()
    {
        FixTestPeer stranger = Connect("STRANGER");
        stranger.SendLogon();

        PeerMessage logout = stranger.Expect("5");
        Assert.Equal("Unknown session FIX.4.4:STRANGER->LLFIX", logout[58]);
        Assert.Equal(("LLFIX", "STRANGER"), (logout[49], logout[56]));
        Assert.True(stranger.WaitForDisconnect());
        Assert.True(_engineLog.HasEvent("Unknown session"));
        Assert.All(_engine.Sessions, s => Assert.Equal(1, s.NextSenderSeqNum));
    }

    [Fact]
    public void ASecondLogonForALoggedOnSessionIsRefusedAndTheFirstCarriesOn()
    {
        FixTestPeer first = LogOn("ALPHA");
        FixTestPeer second = Connect("ALPHA");
        second.SendLogon();

        Assert.Equal("Session already logged on: second connection refused", second.Expect("5")[58]);
        Assert.True(second.WaitForDisconnect());
        Assert.True(_logs["ALPHA"].HasEvent("second connection refused"));
        first.Send("1", "112=STILL-HERE");
        Assert.Equal("STILL-HERE", first.Expect("0")[112]);
        Assert.Equal(3, _engine.Sessions[0].NextSenderSeqNum);
    }

    [Fact]
    public void GarbageBeforeTheLogonIsDroppedAndLogged()
    {
        FixTestPeer peer = Connect("ALPHA");
        peer.SendRaw(FixText.ToBytes("not fix at all|"));
        peer.SendLogon();
        peer.Expect("A");
        Assert.True(_engineLog.HasEvent("Garbled input from unidentified connection"));
    }

    [Fact]
    public void AfterADisconnectTheSessionAcceptsANewConnection()
    {
        FixTestPeer first = LogOn("ALPHA");
        first.Dispose();
        Assert.True(Wait.Until(() => _engine.Sessions[0].Status == Fix.Session.FixSessionStatus.Disconnected, Timeout));

        FixTestPeer again = Connect("ALPHA");
        again.NextSeqNum = 2;
        again.SendLogon();
        Assert.Equal(2, again.Expect("A").SeqNum);
        Assert.True(_recorder.WaitFor(r => r.Logons == 2 && r.Logouts == 1));
    }

    public void Dispose()
    {
        foreach (FixTestPeer peer in _peers)
        {
            peer.Dispose();
        }

        _engine.Dispose();
    }

    private FixSessionSettings Acceptor(string counterparty) => new()
    {
        SessionId = new FixSessionId("FIX.4.4", "LLFIX", counterparty),
        ConnectionType = ConnectionType.Acceptor,
        SocketAcceptPort = _port,
        SocketAcceptAddress = IPAddress.Loopback,
    };

    private FixTestPeer Connect(string compId)
    {
        var peer = FixTestPeer.Connect(new IPEndPoint(IPAddress.Loopback, _port), compId, "LLFIX", _clock);
        _peers.Add(peer);
        return peer;
    }

    private FixTestPeer LogOn(string compId)
    {
        FixTestPeer peer = Connect(compId);
        peer.SendLogon();
        peer.Expect("A");
        return peer;
    }
}
