using LowLatency.Fix.Session;
using LowLatency.Testing;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Session;

/// <summary>Answering a ResendRequest: stored application messages again with PossDupFlag=Y, admin and missing numbers gap-filled.</summary>
public sealed class ResendRuleTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void StoredMessagesAreResentWithPossDupAndTheLogonIsGapFilled(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        for (int i = 2; i <= 4; i++)
        {
            Assert.Equal(FixSendResult.Sent, TestOrders.Send(h.Session, $"ORD-{i}"));
        }

        PeerMessage[] originals = [h.Peer.Expect("D"), h.Peer.Expect("D"), h.Peer.Expect("D")];
        h.Clock.Advance(TimeSpan.FromSeconds(3));
        h.Peer.Send("2", "7=1|16=0");

        PeerMessage gapFill = h.Peer.Expect("4");
        Assert.Equal((1, "Y", "Y", "2"), (gapFill.SeqNum, gapFill[123], gapFill[43], gapFill[36]));
        foreach (PeerMessage original in originals)
        {
            PeerMessage resent = h.Peer.Expect("D");
            Assert.Equal(original.SeqNum, resent.SeqNum);
            Assert.True(resent.PossDup);
            Assert.Equal(original[52], resent[122]);
            Assert.NotEqual(original[52], resent[52]);
            Assert.Equal(original[11], resent[11]);
            Assert.Equal(Body(original), Body(resent));
        }

        Assert.True(h.Peer.ReceivesNothing(Quiet));
        Assert.Equal(5, h.Session.NextSenderSeqNum); // a resend uses no new numbers
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ARangeOfOnlyAdminMessagesIsAnsweredWithOneGapFill(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("1", "112=A"); // answered by heartbeat 2
        h.Peer.Expect("0");
        h.Peer.Send("1", "112=B"); // heartbeat 3
        h.Peer.Expect("0");
        TestOrders.Send(h.Session, "ORD-4");
        h.Peer.Expect("D");

        h.Peer.Send("2", "7=2|16=3");
        PeerMessage gapFill = h.Peer.Expect("4");
        Assert.Equal((2, "4"), (gapFill.SeqNum, gapFill[36]));
        Assert.True(h.Peer.ReceivesNothing(Quiet));
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ATransientMessageIsGapFilledBetweenResentStoredOnes(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        TestOrders.Send(h.Session, "ORD-2");
        Assert.Equal(FixSendResult.Sent, TestOrders.Send(h.Session, "MD-3", transient: true));
        TestOrders.Send(h.Session, "ORD-4");
        Assert.Equal([2, 3, 4], new[] { h.Peer.Expect("D"), h.Peer.Expect("D"), h.Peer.Expect("D") }.Select(m => m.SeqNum));

        h.Peer.Send("2", "7=2|16=0");
        PeerMessage first = h.Peer.Expect("D");
        PeerMessage gapFill = h.Peer.Expect("4");
        PeerMessage last = h.Peer.Expect("D");
        Assert.Equal((2, "ORD-2"), (first.SeqNum, first[11]));
        Assert.Equal((3, "4", "Y"), (gapFill.SeqNum, gapFill[36], gapFill[123]));
        Assert.Equal((4, "ORD-4"), (last.SeqNum, last[11]));
        Assert.True(h.Peer.ReceivesNothing(Quiet));
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void WithPersistMessagesOffEverythingIsGapFilled(SessionMode mode)
    {
        using var h = new SessionHarness(mode, new HarnessOptions { PersistMessages = false });
        h.LogOn();
        TestOrders.Send(h.Session, "ORD-2");
        TestOrders.Send(h.Session, "ORD-3");
        h.Peer.Expect("D");
        h.Peer.Expect("D");

        h.Peer.Send("2", "7=2|16=0");
        PeerMessage gapFill = h.Peer.Expect("4");
        Assert.Equal((2, "4", "Y"), (gapFill.SeqNum, gapFill[36], gapFill[123]));
        Assert.True(h.Peer.ReceivesNothing(Quiet));
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void EndSeqNoBeyondTheLastSentIsClampedToIt(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        TestOrders.Send(h.Session, "ORD-2");
        h.Peer.Expect("D");

        h.Peer.Send("2", "7=2|16=999");
        PeerMessage resent = h.Peer.Expect("D");
        Assert.Equal((2, true), (resent.SeqNum, resent.PossDup));
        Assert.True(h.Peer.ReceivesNothing(Quiet));
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AResendRequestNumberedTooHighIsAnsweredAndThenOurGapIsRequested(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        TestOrders.Send(h.Session, "ORD-2");
        h.Peer.Expect("D");

        h.Peer.Send("2", "7=2|16=0", seq: 6);
        Assert.Equal((2, true), (h.Peer.Expect("D").SeqNum, true));
        PeerMessage ours = h.Peer.Expect("2");
        Assert.Equal(("2", "0"), (ours[7], ours[16]));
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ABeginSeqNoNotYetSentIsAnsweredWithNothing(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("2", "7=9|16=0");
        Assert.True(h.Peer.ReceivesNothing(Quiet));
        Assert.True(Wait.Until(() => h.Log.HasEvent("Nothing to resend"), SessionHarness.Timeout));
        Assert.True(h.Session.IsLoggedOn);
    }

    /// <summary>The fields after the header (from the first body tag on), which a resend must keep byte for byte.</summary>
    private static string Body(PeerMessage message) =>
        string.Join('|', message.Fields.Where(f => f.Tag is not (8 or 9 or 10 or 34 or 35 or 43 or 49 or 52 or 56 or 122)).Select(f => $"{f.Tag}={f.Value}"));
}
