using LowLatency.Fix.Messages;
using LowLatency.Venue.Hosting;
using LowLatency.Venue.Tests.Gateway.Support;

namespace LowLatency.Venue.Tests.Gateway;

public sealed class SmokeTests
{
    [Fact]
    public void AnOrderAcrossTheSpreadFillsBothClientsOverFix()
    {
        using VenueHost host = TestHosts.Start();
        RunningVenue venue = host.Venues[0];
        using var maker = VenueClient.Connect(venue, "CLIENT1");
        using var taker = VenueClient.Connect(venue, "CLIENT2");

        maker.SendOrder("M1", "ACME", '2', "10", "100.50");
        maker.WaitForReport("M1", '0');
        taker.SendOrder("T1", "ACME", '1', "4", "101.00");

        ReceivedMessage takerFill = taker.WaitForReport("T1", 'F');
        ReceivedMessage makerFill = maker.WaitForReport("M1", 'F');
        Assert.Equal("100.50", takerFill[FixTag.LastPx]);
        Assert.Equal("4", takerFill[FixTag.LastQty]);
        Assert.Equal("2", takerFill[FixTag.OrdStatus]);
        Assert.Equal("1", makerFill[FixTag.OrdStatus]);
        Assert.Equal("6", makerFill[FixTag.LeavesQty]);
    }
}
