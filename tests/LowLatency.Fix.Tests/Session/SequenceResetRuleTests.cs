using LowLatency.Testing;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Session;

/// <summary>SequenceReset: GapFill moves the expected number up at its own number; Reset ignores MsgSeqNum; neither may lower it.</summary>
public sealed class SequenceResetRuleTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AGapFillMovesTheExpectedNumberUp(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("4", "123=Y|36=10", possDup: true);
        h.Peer.Send("D", TestOrders.Body("ORD-10"), seq: 10);

        Assert.True(h.Recorder.WaitFor(r => r.Messages.Count == 1));
        Assert.Equal(11, h.Session.NextTargetSeqNum);
        Assert.DoesNotContain(h.Peer.History, m => m.MsgType is "2" or "3");
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AGapFillThatWouldLowerTheNumberIsRejected(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("4", "123=Y|36=2", possDup: true);

        PeerMessage reject = h.Peer.Expect("3");
        Assert.Equal(("2", "36", "5"), (reject[45], reject[371], reject[373]));
        Assert.Equal(3, h.Session.NextTargetSeqNum);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ASequenceResetResetIgnoresMsgSeqNumAndMovesTheNumberUp(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("4", "36=20", seq: 999);

        Assert.True(Wait.Until(() => h.Session.NextTargetSeqNum == 20, SessionHarness.Timeout));
        Assert.True(h.Peer.ReceivesNothing(Quiet));
        h.Peer.Send("1", "112=T", seq: 20);
        Assert.Equal("T", h.Peer.Expect("0")[112]);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ASequenceResetResetBelowTheExpectedNumberIsRejected(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("0"); // 2
        h.Peer.Send("4", "36=2", seq: 3);

        PeerMessage reject = h.Peer.Expect("3");
        Assert.Equal(("3", "36", "5"), (reject[45], reject[371], reject[373]));
        Assert.Equal(3, h.Session.NextTargetSeqNum);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ASequenceResetPastAnOpenGapCompletesTheResend(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("D", TestOrders.Body("ORD-5"), seq: 5);
        h.Peer.Expect("2");

        h.Peer.Send("4", "36=6", seq: 2);
        Assert.True(Wait.Until(() => h.Log.HasEvent("satisfied"), SessionHarness.Timeout));
        h.Peer.Send("D", TestOrders.Body("ORD-6"), seq: 6);
        Assert.True(h.Recorder.WaitFor(r => r.Messages.Count == 1));
    }
}
