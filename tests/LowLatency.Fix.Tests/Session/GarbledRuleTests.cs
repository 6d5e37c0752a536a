using LowLatency.Testing;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Session;

/// <summary>Garbled input (bad CheckSum or BodyLength, noise) is dropped without using a number; other engines' framing quirks are fine.</summary>
public sealed class GarbledRuleTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AMessageWithABadCheckSumIsDroppedAndItsNumberStaysExpected(SessionMode mode) =>
        AssertDropped(mode, new FixMessageBuilder { CheckSumError = 1 });

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AMessageWithAWrongBodyLengthIsDroppedAndItsNumberStaysExpected(SessionMode mode) =>
        AssertDropped(mode, new FixMessageBuilder { BodyLengthError = 3 });

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void NoiseBetweenMessagesIsSkipped(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.SendRaw(FixText.ToBytes("garbage|8=FIX.4.4 no frame|"));
        h.Peer.Send("1", "112=AFTER-NOISE");
        Assert.Equal("AFTER-NOISE", h.Peer.Expect("0")[112]);
        Assert.True(h.Log.HasEvent("Garbled"));
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void PaddedBodyLengthAndAnotherHeaderOrderAreAccepted(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        var jspurefixLike = new FixMessageBuilder { BodyLengthWidth = 7, HeaderOrder = [49, 56, 34, 52] };
        h.Peer.Send("D", TestOrders.Body("ORD-PADDED"), builder: jspurefixLike);

        Assert.True(h.Recorder.WaitFor(r => r.Messages.Count == 1));
        Assert.Contains("9=0000", h.Recorder.Messages[0], StringComparison.Ordinal);
        Assert.DoesNotContain(h.Peer.History, m => m.MsgType == "3");
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AMessageSplitIntoSingleBytesIsReassembled(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        byte[] bytes = FixMessageBuilder.Valid(h.Peer.Header("1", 2) + "|112=SLOW");
        foreach (byte b in bytes)
        {
            h.Peer.SendRaw([b]);
        }

        Assert.Equal("SLOW", h.Peer.Expect("0")[112]);
    }

    private static void AssertDropped(SessionMode mode, FixMessageBuilder broken)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("1", "112=BROKEN", seq: 2, builder: broken);
        Assert.True(h.Peer.ReceivesNothing(Quiet));
        Assert.True(Wait.Until(() => h.Log.HasEvent("Garbled"), SessionHarness.Timeout));
        Assert.Equal(2, h.Session.NextTargetSeqNum);

        h.Peer.Send("1", "112=GOOD", seq: 2);
        Assert.Equal("GOOD", h.Peer.Expect("0")[112]);
        Assert.Equal(3, h.Session.NextTargetSeqNum);
    }
}
