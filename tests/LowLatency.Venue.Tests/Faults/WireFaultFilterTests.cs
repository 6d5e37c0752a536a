using LowLatency.Testing.Fix;
using LowLatency.Venue.Config;
using LowLatency.Venue.Faults;

namespace LowLatency.Venue.Tests.Faults;

/// <summary>The wire-fault decisions on real frames, without sockets.</summary>
public sealed class WireFaultFilterTests
{
    private static readonly byte[] Heartbeat = FixMessageBuilder.Valid(FixFixtures.Heartbeat());
    private static readonly byte[] Report = FixMessageBuilder.Valid(FixFixtures.ExecutionReport());
    private static readonly byte[] Resent = FixMessageBuilder.Valid(FixFixtures.ExecutionReport().Replace("|34=1|", "|34=1|43=Y|122=20260105-09:00:00.000|", StringComparison.Ordinal));

    [Fact]
    public void EveryNthApplicationMessageIsDroppedButAdminMessagesAndResendsAreNeitherDroppedNorCounted()
    {
        var filter = new WireFaultFilter(new FaultInjectionConfig { DropEveryNthMessage = 2 });

        WireAction[] actions = [filter.Decide(Report), filter.Decide(Heartbeat), filter.Decide(Resent), filter.Decide(Report), filter.Decide(Report), filter.Decide(Report)];

        Assert.Equal([WireAction.Forward, WireAction.Forward, WireAction.Forward, WireAction.Drop, WireAction.Forward, WireAction.Drop], actions);
        Assert.Equal(2, filter.Dropped);
    }

    [Fact]
    public void AfterGoingSilentNothingLeavesNotEvenHeartbeats()
    {
        var filter = new WireFaultFilter(new FaultInjectionConfig { GoSilentAfterMessages = 1 });

        Assert.Equal(WireAction.Forward, filter.Decide(Report));
        Assert.Equal(WireAction.Forward, filter.Decide(Heartbeat));
        Assert.Equal(WireAction.Drop, filter.Decide(Report));
        Assert.True(filter.IsSilent);
        Assert.Equal(WireAction.Drop, filter.Decide(Heartbeat));
    }

    [Fact]
    public void TheMessageAfterTheNthDisconnectsInsteadOfLeaving()
    {
        var filter = new WireFaultFilter(new FaultInjectionConfig { DropSessionAfterMessages = 2 });

        Assert.Equal([WireAction.Forward, WireAction.Forward, WireAction.Disconnect], [filter.Decide(Report), filter.Decide(Report), filter.Decide(Report)]);
    }

    [Fact]
    public void FramesAreFoundInAStreamWithPartialAndGarbledInput()
    {
        byte[] stream = [.. Report, .. Heartbeat[..10]];

        Assert.Equal(Report.Length, WireFaultFilter.FrameLength(stream));
        Assert.Equal(0, WireFaultFilter.FrameLength(Heartbeat.AsSpan(0, 10)));
        Assert.True(WireFaultFilter.FrameLength("garbage8=FIX"u8) < 0);
    }
}
