using LowLatency.Fix.Messages;
using LowLatency.Testing;
using LowLatency.Venue.Hosting;
using LowLatency.Venue.Tests.Gateway.Support;

namespace LowLatency.Venue.Tests.Gateway;

/// <summary>The shipped fix-config/venues.ini runs: three venues, the demo's hedge instruments, live synthetic markets.</summary>
public sealed class ShippedConfigTests
{
    private static string ShippedFile => Path.Combine(RepositoryRoot.Path, "fix-config", "venues.ini");

    [Fact]
    public void TheShippedFileStartsThreeVenuesListingTheHedgeInstrumentsWithLiveBooks()
    {
        using VenueHost host = VenueHost.StartFromFile(ShippedFile, new VenueHostOptions { PortOverride = 0, InMemory = true });

        Assert.Equal(["VENUE1", "VENUE2", "VENUE3"], host.Venues.Select(v => v.Name));
        foreach (RunningVenue venue in host.Venues)
        {
            Assert.Equal(["BTC", "BTC-PERP", "BTC-FUT-DEC26", "ETH", "ETH-PERP"], venue.Instruments.Select(i => i.Symbol));
            Assert.NotEqual(0, venue.EndPoint.Port);
        }

        using var client = VenueClient.Connect(host["VENUE2"], "LLENGINE");
        client.Subscribe("MD1", "BTC-PERP", depth: 10);
        ReceivedMessage snapshot = client.WaitFor(m => m.MsgType == "W", what: "35=W");
        Assert.Equal("BTC-PERP", snapshot[FixTag.Symbol]);
        Assert.Contains(snapshot.Entries, e => e[FixTag.MDEntryType] == "0");
        Assert.Contains(snapshot.Entries, e => e[FixTag.MDEntryType] == "1");
    }
}
