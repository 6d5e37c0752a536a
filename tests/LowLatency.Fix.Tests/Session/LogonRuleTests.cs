using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Session;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Session;

/// <summary>Logon: HeartBtInt, ResetSeqNumFlag, sequence numbers on the Logon, first message and timeout rules.</summary>
public sealed class LogonRuleTests
{
    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void LogonsAreExchangedAndTheApplicationIsToldOnce(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();

        Assert.True(h.Recorder.WaitFor(r => r.Logons == 1));
        Assert.Equal(FixSessionStatus.LoggedOn, h.Session.Status);
        Assert.Equal(2, h.Session.NextSenderSeqNum);
        Assert.Equal(2, h.Session.NextTargetSeqNum);
        PeerMessage ourLogon = h.Peer.History[0];
        Assert.Equal(("1", "0", "30"), (ourLogon[34], ourLogon[98], ourLogon[108]));
        Assert.Equal((SessionHarness.Us, SessionHarness.Them), (ourLogon[49], ourLogon[56]));
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void TheHeartbeatIntervalIsTheInitiatorsOwn(SessionMode mode)
    {
        using var h = new SessionHarness(mode, new HarnessOptions { HeartBtInt = 7 });
        h.Connect();
        if (h.Role == ConnectionType.Acceptor)
        {
            h.Peer.SendLogon(heartBtIntSeconds: 12);
            Assert.Equal("12", h.Peer.Expect("A")[108]); // the acceptor echoes the initiator's interval
            Assert.Equal(12, h.Session.HeartBtIntSeconds);
        }
        else
        {
            Assert.Equal("7", h.Peer.Expect("A")[108]);
            h.Peer.SendLogon(7);
            Assert.True(Testing.Wait.Until(() => h.Session.IsLoggedOn, SessionHarness.Timeout));
            Assert.Equal(7, h.Session.HeartBtIntSeconds);
        }
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ResetSeqNumFlagStartsBothSequencesAgainAtOne(SessionMode mode)
    {
        bool initiator = mode is SessionMode.InitiatorInMemory or SessionMode.InitiatorOverSockets;
        using var h = new SessionHarness(mode, new HarnessOptions { ResetOnLogon = initiator });
        h.Session.Store.SetNextSenderSeqNum(40);
        h.Session.Store.SetNextTargetSeqNum(50);
        h.Connect();
        if (initiator)
        {
            PeerMessage logon = h.Peer.Expect("A");
            Assert.Equal(("1", "Y"), (logon[34], logon[141])); // ResetOnLogon: our Logon says 141=Y at 1
            h.Peer.Send("A", "98=0|108=30|141=Y");
        }
        else
        {
            h.Peer.SendLogon(resetSeqNumFlag: true);
            PeerMessage answer = h.Peer.Expect("A");
            Assert.Equal(("1", "Y"), (answer[34], answer[141])); // answered with 141=Y, numbered 1
        }

        Assert.True(Testing.Wait.Until(() => h.Session.IsLoggedOn, SessionHarness.Timeout));
        Assert.Equal(2, h.Session.NextSenderSeqNum);
        Assert.Equal(2, h.Session.NextTargetSeqNum);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ALogonNumberedTooHighIsAcceptedThenTheGapIsRequested(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.Connect();
        if (h.Role == ConnectionType.Initiator)
        {
            h.Peer.Expect("A");
        }

        h.Peer.SendLogon(seq: 5);
        if (h.Role == ConnectionType.Acceptor)
        {
            h.Peer.Expect("A");
        }

        PeerMessage resend = h.Peer.Expect("2");
        Assert.Equal(("1", "0"), (resend[7], resend[16]));
        Assert.True(Testing.Wait.Until(() => h.Session.IsLoggedOn, SessionHarness.Timeout));
        Assert.Equal(1, h.Session.NextTargetSeqNum); // the Logon itself is gap-filled by the resend
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ALogonNumberedTooLowIsAnsweredWithLogoutAndDisconnect(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.Session.Store.SetNextTargetSeqNum(10);
        h.Connect();
        if (h.Role == ConnectionType.Initiator)
        {
            h.Peer.Expect("A");
        }

        h.Peer.SendLogon(seq: 3);
        PeerMessage logout = h.Peer.Expect("5");
        Assert.Equal("MsgSeqNum too low, expecting 10 but received 3", logout[58]);
        Assert.True(h.Peer.WaitForDisconnect());
        Assert.True(h.WaitDisconnected());
        Assert.Equal(0, h.Recorder.Logons);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AFirstMessageOtherThanLogonIsAnsweredByDisconnecting(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.Connect();
        if (h.Role == ConnectionType.Initiator)
        {
            h.Peer.Expect("A");
        }

        h.Peer.Send("0");
        Assert.True(h.Peer.WaitForDisconnect());
        Assert.DoesNotContain(h.Peer.History, m => m.MsgType != "A");
        Assert.True(h.WaitDisconnected());
        ILogContains(h, "not a Logon");
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void NoLogonWithinLogonTimeoutDisconnects(SessionMode mode)
    {
        using var h = new SessionHarness(mode, new HarnessOptions { LogonTimeout = TimeSpan.FromSeconds(10) });
        h.Connect();
        h.Advance(TimeSpan.FromSeconds(9));
        Assert.False(h.Peer.IsClosed);
        h.Advance(TimeSpan.FromSeconds(2));
        Assert.True(h.Peer.WaitForDisconnect());
        Assert.True(h.WaitDisconnected());
        Assert.Equal(0, h.Recorder.Logons);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ALogonWithoutHeartBtIntIsRefused(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.Connect();
        if (h.Role == ConnectionType.Initiator)
        {
            h.Peer.Expect("A");
        }

        h.Peer.Send("A", "98=0");
        PeerMessage logout = h.Peer.Expect("5");
        Assert.Equal("Required tag missing", logout[58]);
        Assert.True(h.Peer.WaitForDisconnect());
        Assert.Equal(0, h.Recorder.Logons);
    }

    private static void ILogContains(SessionHarness h, string fragment) =>
        Assert.True(h.Log.HasEvent(fragment) || h.EngineLog.HasEvent(fragment), $"no event with '{fragment}': {string.Join(" / ", h.Log.Events.Concat(h.EngineLog.Events))}");
}
