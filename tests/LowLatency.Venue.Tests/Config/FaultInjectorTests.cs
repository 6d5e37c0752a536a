using LowLatency.Venue.Config;

namespace LowLatency.Venue.Tests.Config;

public class FaultInjectorTests
{
    private static OutboundFault[] Run(FaultInjectionConfig config, int messages)
    {
        var injector = new FaultInjector(config);
        return Enumerable.Range(0, messages).Select(_ => injector.NextOutbound()).ToArray();
    }

    [Fact]
    public void WithoutFaultsEveryMessageIsSentAndEveryOrderAccepted()
    {
        var injector = new FaultInjector(FaultInjectionConfig.None);

        Assert.All(Run(FaultInjectionConfig.None, 100), f => Assert.Equal(OutboundFault.Send, f));
        Assert.DoesNotContain(true, Enumerable.Range(0, 100).Select(_ => injector.ShouldRejectOrder()));
        Assert.False(FaultInjectionConfig.None.IsEnabled);
    }

    [Fact]
    public void EveryNthOrderIsRejected()
    {
        var injector = new FaultInjector(new FaultInjectionConfig { RejectEveryNthOrder = 3 });

        bool[] rejected = Enumerable.Range(0, 9).Select(_ => injector.ShouldRejectOrder()).ToArray();

        Assert.Equal([false, false, true, false, false, true, false, false, true], rejected);
    }

    [Fact]
    public void EveryNthMessageIsDroppedAndTheOthersDelayedWhenADelayIsSet()
    {
        OutboundFault[] faults = Run(new FaultInjectionConfig { DropEveryNthMessage = 2, MessageDelay = TimeSpan.FromMilliseconds(5) }, 4);

        Assert.Equal([OutboundFault.Delay, OutboundFault.Drop, OutboundFault.Delay, OutboundFault.Drop], faults);
    }

    [Fact]
    public void AfterNMessagesTheSessionGoesSilentForGood()
    {
        OutboundFault[] faults = Run(new FaultInjectionConfig { GoSilentAfterMessages = 2, DropEveryNthMessage = 5 }, 6);

        Assert.Equal([OutboundFault.Send, OutboundFault.Send, OutboundFault.Silent, OutboundFault.Silent, OutboundFault.Silent, OutboundFault.Silent], faults);
    }

    [Fact]
    public void AfterNMessagesTheSessionIsDroppedAndThatWinsOverSilence()
    {
        var injector = new FaultInjector(new FaultInjectionConfig { DropSessionAfterMessages = 3, GoSilentAfterMessages = 1 });

        OutboundFault[] faults = Enumerable.Range(0, 5).Select(_ => injector.NextOutbound()).ToArray();

        Assert.Equal([OutboundFault.Send, OutboundFault.Silent, OutboundFault.Silent, OutboundFault.DropSession, OutboundFault.DropSession], faults);
        Assert.Equal(5, injector.MessagesSeen);
    }
}
