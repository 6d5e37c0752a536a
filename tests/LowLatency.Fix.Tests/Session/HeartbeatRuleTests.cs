using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Session;

/// <summary>Heartbeats on our silence, TestRequest on theirs, disconnect when the TestRequest goes unanswered.</summary>
public sealed class HeartbeatRuleTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AHeartbeatIsSentAfterHeartBtIntWithoutSendingAnything(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("0"); // the counterparty is not silent: no TestRequest in this test
        h.Advance(TimeSpan.FromSeconds(29));
        Assert.True(h.Peer.ReceivesNothing(Quiet));

        h.Advance(TimeSpan.FromSeconds(1));
        PeerMessage heartbeat = h.Peer.Expect("0");
        Assert.Equal(2, heartbeat.SeqNum);
        Assert.False(heartbeat.Has(112));
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ATestRequestIsSentWhenTheCounterpartyIsSilentForHeartBtIntPlusAFifth(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Advance(TimeSpan.FromSeconds(30));
        h.Peer.Expect("0");
        h.Advance(TimeSpan.FromSeconds(5));
        Assert.False(h.Peer.TryReceive(Quiet, out PeerMessage? early), early?.Text);

        h.Advance(TimeSpan.FromSeconds(1));
        PeerMessage testRequest = h.Peer.Expect("1");
        Assert.False(string.IsNullOrEmpty(testRequest[112]));

        h.Peer.Send("0", $"112={testRequest[112]}"); // answered: the session stays up
        Assert.True(Testing.Wait.Until(() => h.Session.NextTargetSeqNum == 3, SessionHarness.Timeout));
        h.Advance(TimeSpan.FromSeconds(40));
        Assert.True(h.Session.IsLoggedOn);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AnUnansweredTestRequestEndsTheSessionAfterTwoAndAHalfIntervals(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Advance(TimeSpan.FromSeconds(36));
        h.Peer.Expect("1", skipHeartbeats: true);
        h.Advance(TimeSpan.FromSeconds(35));
        Assert.True(h.Session.IsLoggedOn);

        h.Advance(TimeSpan.FromSeconds(1)); // 72 s = 2.4 intervals of silence
        Assert.True(h.Peer.WaitForDisconnect());
        Assert.True(h.WaitDisconnected());
        Assert.True(h.Recorder.WaitFor(r => r.Logouts == 1));
        Assert.True(h.Log.HasEvent("Timed out waiting for heartbeat"));
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ATestRequestIsAnsweredWithAHeartbeatCarryingItsTestReqID(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("1", "112=PING-42");
        PeerMessage heartbeat = h.Peer.Expect("0");
        Assert.Equal("PING-42", heartbeat[112]);
        Assert.Equal(3, h.Session.NextTargetSeqNum);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void TrafficFromTheCounterpartyKeepsTestRequestsAway(SessionMode mode)
    {
        using var h = new SessionHarness(mode, new HarnessOptions { HeartBtInt = 10 });
        h.LogOn();
        for (int i = 0; i < 5; i++)
        {
            h.Advance(TimeSpan.FromSeconds(10));
            h.Peer.Expect("0");
            h.Peer.Send("0");
            Assert.True(h.Recorder.WaitFor(_ => h.Session.NextTargetSeqNum == 3 + i));
        }

        Assert.DoesNotContain(h.Peer.History, m => m.MsgType == "1");
        Assert.True(h.Session.IsLoggedOn);
    }
}
