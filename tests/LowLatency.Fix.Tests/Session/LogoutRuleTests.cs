using LowLatency.Fix.Session;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Session;

/// <summary>The Logout handshake from either side, its timeout, and ResetOnLogout.</summary>
public sealed class LogoutRuleTests
{
    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void OurLogoutIsAnsweredAndThenTheConnectionCloses(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Session.Logout("end of day");

        Assert.Equal("end of day", h.Peer.Expect("5")[58]);
        Assert.Equal(FixSessionStatus.LogoutSent, h.Session.Status);
        Assert.Equal(FixSendResult.NotLoggedOn, TestOrders.Send(h.Session, "LATE")); // nothing new after our Logout
        h.Peer.Send("5");

        Assert.True(h.Peer.WaitForDisconnect());
        Assert.True(h.WaitDisconnected());
        Assert.True(h.Recorder.WaitFor(r => r.Logouts == 1));
        Assert.Equal(3, h.Session.NextTargetSeqNum);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AnUnansweredLogoutDisconnectsAfterLogoutTimeout(SessionMode mode)
    {
        using var h = new SessionHarness(mode, new HarnessOptions { LogoutTimeout = TimeSpan.FromSeconds(2) });
        h.LogOn();
        h.Session.Logout();
        h.Peer.Expect("5");
        h.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(FixSessionStatus.LogoutSent, h.Session.Status);

        h.Advance(TimeSpan.FromSeconds(1));
        Assert.True(h.Peer.WaitForDisconnect());
        Assert.True(h.WaitDisconnected());
        Assert.True(h.Log.HasEvent("Logout timeout"));
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void TheCounterpartysLogoutIsAnsweredAndTheSessionEnds(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("5", "58=maintenance");

        PeerMessage answer = h.Peer.Expect("5");
        Assert.Equal(2, answer.SeqNum);
        Assert.True(h.Peer.WaitForDisconnect());
        Assert.True(h.Recorder.WaitFor(r => r.Logouts == 1));
        Assert.True(h.Log.HasEvent("maintenance"));
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ResetOnLogoutStartsTheNextSessionAtOne(SessionMode mode)
    {
        using var h = new SessionHarness(mode, new HarnessOptions { ResetOnLogout = true });
        h.LogOn();
        TestOrders.Send(h.Session, "ORD-2");
        h.Peer.Send("5");
        h.Peer.Expect("D");
        h.Peer.Expect("5");
        Assert.True(h.WaitDisconnected());

        Assert.Equal(1, h.Session.NextSenderSeqNum);
        Assert.Equal(1, h.Session.NextTargetSeqNum);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void WithoutResetTheNumbersSurviveTheLogout(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        TestOrders.Send(h.Session, "ORD-2");
        h.Peer.Send("5");
        h.Peer.Expect("D");
        h.Peer.Expect("5");
        Assert.True(h.WaitDisconnected());

        Assert.Equal(4, h.Session.NextSenderSeqNum);
        Assert.Equal(3, h.Session.NextTargetSeqNum);
    }
}
