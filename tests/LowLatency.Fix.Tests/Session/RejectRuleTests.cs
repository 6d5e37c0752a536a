using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Session;

/// <summary>
/// Session-level Reject (35=3) with SessionRejectReason (373) and RefTagID (371) for bad messages, each using up its
/// number (the next message is accepted); CompID and SendingTime problems also end the session; BeginString ends it.
/// </summary>
public sealed class RejectRuleTests
{
    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AnUndefinedTagIsRejectedAsInvalidTagNumber(SessionMode mode) =>
        AssertRejected(mode, "D", TestOrders.Body() + "|4000=X", reason: "0", refTag: "4000");

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AnUnknownUserDefinedTagIsRejectedWhenUserDefinedFieldsAreValidated(SessionMode mode) =>
        AssertRejected(mode, "D", TestOrders.Body() + "|7777=X", reason: "0", refTag: "7777");

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AMissingRequiredTagIsRejectedAsRequiredTagMissing(SessionMode mode) =>
        AssertRejected(mode, "D", TestOrders.Body().Replace("11=ORD-1|", string.Empty, StringComparison.Ordinal), reason: "1", refTag: "11");

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ATagTheMessageTypeDoesNotDefineIsRejected(SessionMode mode) =>
        AssertRejected(mode, "0", "44=1.5", reason: "2", refTag: "44");

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ATagWithoutAValueIsRejected(SessionMode mode) =>
        AssertRejected(mode, "D", TestOrders.Body() + "|58=", reason: "4", refTag: "58");

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AWrongValueIsRejectedAsValueIsIncorrect(SessionMode mode) =>
        AssertRejected(mode, "D", TestOrders.Body().Replace("54=1", "54=Z", StringComparison.Ordinal), reason: "5", refTag: "54");

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ABadDataFormatIsRejectedAsIncorrectDataFormat(SessionMode mode) =>
        AssertRejected(mode, "D", TestOrders.Body().Replace("38=2.5", "38=abc", StringComparison.Ordinal), reason: "6", refTag: "38");

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ATagTwiceIsRejectedAsAppearingMoreThanOnce(SessionMode mode) =>
        AssertRejected(mode, "D", TestOrders.Body() + "|55=ETH-PERP", reason: "13", refTag: "55");

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AnInvalidMsgTypeIsRejected(SessionMode mode) =>
        AssertRejected(mode, "ZZ", string.Empty, reason: "11", refTag: "35");

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AValidButUnsupportedMsgTypeGetsABusinessMessageReject(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("AE", "571=T-1");

        PeerMessage reject = h.Peer.Expect("j");
        Assert.Equal(("2", "AE", "3"), (reject[45], reject[372], reject[380]));
        AssertNumberUsed(h);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AWrongCompIdIsRejectedThenTheSessionLogsOut(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send("D", TestOrders.Body(), sender: "INTRUDER");

        PeerMessage reject = h.Peer.Expect("3");
        Assert.Equal(("2", "49", "9"), (reject[45], reject[371], reject[373]));
        Assert.Equal("CompID problem", h.Peer.Expect("5")[58]);
        Assert.True(h.Peer.WaitForDisconnect());
        Assert.Empty(h.Recorder.Messages);
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void ASendingTimeBeyondMaxLatencyIsRejectedThenTheSessionLogsOut(SessionMode mode)
    {
        using var h = new SessionHarness(mode, new HarnessOptions { MaxLatency = TimeSpan.FromSeconds(120) });
        h.LogOn();
        h.Peer.Send("D", TestOrders.Body(), sendingTimeNanos: h.Clock.UtcEpochNanoseconds() - 121_000_000_000);

        PeerMessage reject = h.Peer.Expect("3");
        Assert.Equal(("2", "52", "10"), (reject[45], reject[371], reject[373]));
        Assert.Equal("SendingTime accuracy problem", h.Peer.Expect("5")[58]);
        Assert.True(h.Peer.WaitForDisconnect());
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void WithCheckLatencyOffAnOldSendingTimeIsAccepted(SessionMode mode)
    {
        using var h = new SessionHarness(mode, new HarnessOptions { CheckLatency = false });
        h.LogOn();
        h.Peer.Send("D", TestOrders.Body(), sendingTimeNanos: h.Clock.UtcEpochNanoseconds() - 3_600_000_000_000);
        Assert.True(h.Recorder.WaitFor(r => r.Messages.Count == 1));
    }

    [Theory]
    [MemberData(nameof(SessionModes.All), MemberType = typeof(SessionModes))]
    public void AWrongBeginStringLogsOutAndDisconnects(SessionMode mode)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.BeginString = "FIX.4.2";
        h.Peer.Send("0");

        Assert.Equal("Incorrect BeginString", h.Peer.Expect("5")[58]);
        Assert.True(h.Peer.WaitForDisconnect());
    }

    private static void AssertRejected(SessionMode mode, string msgType, string body, string reason, string refTag)
    {
        using var h = new SessionHarness(mode);
        h.LogOn();
        h.Peer.Send(msgType, body);

        PeerMessage reject = h.Peer.Expect("3");
        Assert.Equal(("2", reason, refTag, msgType), (reject[45], reject[373], reject[371], reject[372]));
        Assert.False(string.IsNullOrEmpty(reject[58]));
        Assert.Empty(h.Recorder.Messages);
        AssertNumberUsed(h);
    }

    /// <summary>The rejected message used up number 2: number 3 is processed normally and the session stays up.</summary>
    private static void AssertNumberUsed(SessionHarness h)
    {
        h.Peer.Send("1", "112=NEXT", seq: 3);
        Assert.Equal("NEXT", h.Peer.Expect("0")[112]);
        Assert.True(h.Session.IsLoggedOn);
    }
}
