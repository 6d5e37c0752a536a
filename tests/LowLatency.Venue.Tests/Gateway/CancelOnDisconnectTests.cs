using LowLatency.Fix.Messages;
using LowLatency.Testing;
using LowLatency.Venue.Hosting;
using LowLatency.Venue.MarketData;
using LowLatency.Venue.Tests.Gateway.Support;

namespace LowLatency.Venue.Tests.Gateway;

/// <summary>What happens to a session's resting orders when it drops, with and without cancel-on-disconnect.</summary>
public sealed class CancelOnDisconnectTests : IDisposable
{
    private readonly List<IDisposable> _cleanup = new();

    [Fact]
    public void ADroppedSessionsOrdersAreCancelledTheFeedShowsItAndTheCancelsReachTheClientWhenItLogsOnAgain()
    {
        RunningVenue venue = Start(cancelOnDisconnect: true);
        VenueClient owner = Connect(venue, "CLIENT1");
        VenueClient watcher = Connect(venue, "CLIENT2");
        owner.SendOrder("B1", "ACME", '1', "5", "99.00");
        owner.SendOrder("S1", "ACME", '2', "3", "101.00");
        owner.WaitForReport("S1", '0');
        watcher.Subscribe("MD", "ACME");
        watcher.WaitFor(m => m.MsgType == "W" && m.Entries.Count == 2);

        venue.DropSession("CLIENT1");

        ReceivedMessage deleted = watcher.WaitFor(m => m.MsgType == "X" && m.Entries.Count(e => e[FixTag.MDUpdateAction] == "2") >= 1 && m.Entries.Any(e => e[FixTag.MDEntryPx] == "101.00"));
        Assert.NotNull(deleted);
        Assert.True(Wait.Until(() => venue.CaptureBook("ACME") is { Bids.Length: 0, Asks.Length: 0 }, VenueClient.Timeout));
        ReceivedMessage cancel = owner.WaitForReport("B1", '4'); // delivered after the automatic reconnect
        Assert.Equal(("mass cancel", "0"), (cancel[FixTag.Text], cancel[FixTag.LeavesQty]));
        owner.WaitForReport("S1", '4');
        Assert.True(venue.Stats.ParkedMessages >= 2);
        Assert.Equal(0, venue.Stats.UndeliverableMessages);
    }

    [Fact]
    public void WithoutCancelOnDisconnectTheOrdersRestAndTheirFillsReachTheOwnerOnceItIsBack()
    {
        RunningVenue venue = Start(cancelOnDisconnect: false);
        VenueClient owner = Connect(venue, "CLIENT1");
        VenueClient other = Connect(venue, "CLIENT2");
        owner.SendOrder("B1", "ACME", '1', "5", "99.00");
        owner.WaitForReport("B1", '0');

        venue.DropSession("CLIENT1");
        Assert.True(owner.Log.WaitForEvent("Disconnected", VenueClient.Timeout));
        other.SendOrder("S1", "ACME", '2', "5", "99.00");

        Assert.Equal("2", other.WaitForReport("S1", 'F')[FixTag.OrdStatus]);
        Assert.Equal("2", owner.WaitForReport("B1", 'F')[FixTag.OrdStatus]);
        BookSnapshot book = venue.CaptureBook("ACME");
        Assert.Equal(0, book.Bids.Length);
    }

    public void Dispose()
    {
        for (int i = _cleanup.Count - 1; i >= 0; i--)
        {
            _cleanup[i].Dispose();
        }
    }

    private RunningVenue Start(bool cancelOnDisconnect)
    {
        VenueHost host = TestHosts.Start(TestHosts.Config(cancelOnDisconnect: cancelOnDisconnect));
        _cleanup.Add(host);
        return host.Venues[0];
    }

    private VenueClient Connect(RunningVenue venue, string compId)
    {
        VenueClient client = VenueClient.Connect(venue, compId);
        _cleanup.Add(client);
        return client;
    }
}
