using LowLatency.Testing;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Session;

/// <summary>MsgSeqNum checks: as expected, too high (ResendRequest), too low (Logout, or ignored with PossDupFlag), PossDup rules.</summary>
public sealed class SequenceRuleTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AMessageWithTheExpectedNumberIsDeliveredOnceAndCounted(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("D", TestOrders.Body("ORD-7"));

        Assert.True(h.Recorder.WaitFor(r => r.Messages.Count == 1));
        Assert.Contains("11=ORD-7", h.Recorder.Messages[0], StringComparison.Ordinal);
        Assert.Equal(3, h.Session.NextTargetSeqNum);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ANumberTooHighIsNotDeliveredAndOneResendRequestAsksForTheGap(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("D", TestOrders.Body("ORD-5"), seq: 5);
        PeerMessage resend = h.Peer.Expect("2");
        Assert.Equal(("2", "0"), (resend[7], resend[16]));

        h.Peer.Send("D", TestOrders.Body("ORD-6"), seq: 6);
        Assert.True(h.Peer.ReceivesNothing(Quiet)); // the range is already asked for: no second ResendRequest
        Assert.Empty(h.Recorder.Messages);
        Assert.Equal(2, h.Session.NextTargetSeqNum);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ResentMessagesFillTheGapInOrderAndCompleteTheResend(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("D", TestOrders.Body("ORD-5"), seq: 5);
        h.Peer.Expect("2");

        h.Peer.Send("4", "123=Y|36=3", seq: 2, possDup: true); // 2 was an admin message: gap-filled
        h.Peer.Send("D", TestOrders.Body("ORD-3"), seq: 3, possDup: true);
        h.Peer.Send("D", TestOrders.Body("ORD-4"), seq: 4, possDup: true);
        h.Peer.Send("D", TestOrders.Body("ORD-5"), seq: 5, possDup: true);
        h.Peer.Send("D", TestOrders.Body("ORD-6"), seq: 6);

        Assert.True(h.Recorder.WaitFor(r => r.Messages.Count == 4));
        Assert.Equal(["ORD-3", "ORD-4", "ORD-5", "ORD-6"], h.Recorder.Messages.Select(m => FixText.ValueOf(m, 11)));
        Assert.Equal(7, h.Session.NextTargetSeqNum);
        Assert.True(h.Log.HasEvent("satisfied"));
        Assert.DoesNotContain(h.Peer.History, m => m.MsgType == "3");
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ANumberTooLowWithoutPossDupLogsOutAndDisconnects(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("0"); // 2
        h.Peer.Send("D", TestOrders.Body(), seq: 2);

        PeerMessage logout = h.Peer.Expect("5");
        Assert.Equal("MsgSeqNum too low, expecting 3 but received 2", logout[58]);
        Assert.True(h.Peer.WaitForDisconnect());
        Assert.Empty(h.Recorder.Messages);
        Assert.True(h.Recorder.WaitFor(r => r.Logouts == 1));
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ANumberTooLowWithPossDupIsIgnored(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("D", TestOrders.Body("ORD-2")); // 2
        Assert.True(h.Recorder.WaitFor(r => r.Messages.Count == 1));

        h.Peer.Send("D", TestOrders.Body("ORD-2"), seq: 2, possDup: true);
        h.Peer.Send("1", "112=AFTER"); // 3: proves the duplicate was skipped without using a number
        Assert.Equal("AFTER", h.Peer.Expect("0")[112]);
        Assert.Single(h.Recorder.Messages);
        Assert.Equal(4, h.Session.NextTargetSeqNum);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void PossDupWithoutOrigSendingTimeIsRejectedAndUsesUpItsNumber(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("D", TestOrders.Body(), possDup: true, omitOrigSendingTime: true);

        PeerMessage reject = h.Peer.Expect("3");
        Assert.Equal(("2", "122", "1", "D"), (reject[45], reject[371], reject[373], reject[372]));
        Assert.Equal(3, h.Session.NextTargetSeqNum);
        Assert.Empty(h.Recorder.Messages);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void PossDupWithOrigSendingTimeAfterSendingTimeIsRejectedAsSendingTimeAccuracy(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        long now = h.Clock.UtcEpochNanoseconds();
        h.Peer.Send("D", TestOrders.Body(), possDup: true, origSendingTimeNanos: now + 5_000_000_000);

        PeerMessage reject = h.Peer.Expect("3");
        Assert.Equal(("2", "122", "10"), (reject[45], reject[371], reject[373]));
        Assert.Equal(3, h.Session.NextTargetSeqNum);
        Assert.Empty(h.Recorder.Messages);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AMessageWithoutMsgSeqNumLogsOutAndDisconnects(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.SendRaw(FixMessageBuilder.Valid($"35=0|49={SessionHarness.Them}|52={FixTestPeer.Timestamp(h.Clock.UtcEpochNanoseconds())}|56={SessionHarness.Us}"));

        Assert.Equal("MsgSeqNum(34) missing or invalid", h.Peer.Expect("5")[58]);
        Assert.True(h.Peer.WaitForDisconnect());
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AnApplicationThatThrowsLosesNoMessage(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Recorder.ThrowOnMessage = new InvalidOperationException("application bug");
        h.Peer.Send("D", TestOrders.Body("ORD-2"));

        Assert.True(h.Peer.WaitForDisconnect()); // the connection is dropped, not the message
        Assert.True(h.WaitDisconnected());
        Assert.Equal(2, h.Session.NextTargetSeqNum); // still expected: the counterparty will resend it
        Assert.True(h.Log.HasEvent("application bug") || h.EngineLog.HasEvent("application bug"));
    }
}
