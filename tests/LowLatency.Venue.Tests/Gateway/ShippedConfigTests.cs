using LowLatency.Fix.Messages;
using LowLatency.Testing;
using LowLatency.Venue.Hosting;
using LowLatency.Venue.MarketData;
using LowLatency.Venue.Tests.Gateway.Support;

namespace LowLatency.Venue.Tests.Gateway;

/// <summary>The shipped fix-config/venues.ini in one process: three venues with the demo's instruments, their own prices and fees, live markets.</summary>
public sealed class ShippedConfigTests : IDisposable
{
    private readonly VenueHost _host = VenueHost.StartFromFile(
        Path.Combine(RepositoryRoot.Path, "fix-config", "venues.ini"), new VenueHostOptions { PortOverride = 0, InMemory = true, Seed = 5 });

    [Fact]
    public void ThreeVenuesListTheHedgeInstrumentsEachOnItsOwnPort()
    {
        Assert.Equal(["VENUE1", "VENUE2", "VENUE3"], _host.Venues.Select(v => v.Name));
        Assert.Equal(3, _host.Venues.Select(v => v.EndPoint.Port).Distinct().Count());
        foreach (RunningVenue venue in _host.Venues)
        {
            Assert.Equal(["BTC", "BTC-PERP", "BTC-FUT-MAR27", "ETH", "ETH-PERP"], venue.Instruments.Select(i => i.Symbol));
            Assert.Equal(venue.Name, venue.SenderCompID);
        }
    }

    [Fact]
    public void TheVenuesQuoteTwoSidedBooksAtTheirOwnPricesWithASmallBasisBetweenThem()
    {
        var mids = new Dictionary<string, double>();
        foreach (RunningVenue venue in _host.Venues)
        {
            Assert.True(Wait.Until(() => venue.CaptureBook("BTC") is { Bids.Length: >= 3, Asks.Length: >= 3 }, VenueClient.Timeout), $"{venue.Name} has no BTC book");
            BookSnapshot book = venue.CaptureBook("BTC");
            Assert.True(book.Bids[0].Price < book.Asks[0].Price);
            mids[venue.Name] = (book.Bids[0].Price.ToDouble() + book.Asks[0].Price.ToDouble()) / 2;
        }

        Assert.Equal(3, mids.Values.Select(m => Math.Round(m, 2)).Distinct().Count());
        Assert.InRange(mids.Values.Max() / mids.Values.Min() - 1, 0, 0.005);
    }

    [Fact]
    public void TheSameTradeCostsTheTakerFeeOfTheVenueWhereItHappens()
    {
        var takerBps = new Dictionary<string, double>();
        foreach (string name in new[] { "VENUE1", "VENUE3" })
        {
            RunningVenue venue = _host[name];
            using var client = VenueClient.Connect(venue, "LLENGINE");
            Assert.True(Wait.Until(() => venue.CaptureBook("ETH") is { Asks.Length: > 0 }, VenueClient.Timeout));
            string limit = (venue.CaptureBook("ETH").Asks[0].Price.ToDouble() * 1.01).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

            client.SendOrder("T1", "ETH", '1', "0.10", limit, timeInForce: '3');

            ReceivedMessage fill = client.WaitForReport("T1", 'F');
            Assert.Equal("2", fill[FixTag.LastLiquidityInd]);
            takerBps[name] = (double)(fill.Number(FixTag.Commission) / (fill.Number(FixTag.LastPx) * fill.Number(FixTag.LastQty))) * 10_000;
        }

        Assert.Equal(2.5, takerBps["VENUE1"], 2);
        Assert.Equal(1.5, takerBps["VENUE3"], 2);
    }

    [Fact]
    public void APriceShockMovesTheInstrumentAndTheOnesFollowingItsPrice()
    {
        RunningVenue venue = _host["VENUE2"];
        Assert.True(Wait.Until(() => venue.CaptureBook("BTC-PERP") is { Bids.Length: > 0 }, VenueClient.Timeout));
        double perpBefore = venue.CaptureBook("BTC-PERP").Bids[0].Price.ToDouble();
        double ethBefore = venue.CaptureBook("ETH").Bids[0].Price.ToDouble();

        venue.ShockPrice("BTC", 0.05);

        Assert.True(Wait.Until(() => venue.CaptureBook("BTC-PERP") is { Bids.Length: > 0 } b && b.Bids[0].Price.ToDouble() > perpBefore * 1.04, VenueClient.Timeout));
        Assert.InRange(venue.CaptureBook("ETH").Bids[0].Price.ToDouble() / ethBefore, 0.98, 1.02);
    }

    public void Dispose() => _host.Dispose();
}
