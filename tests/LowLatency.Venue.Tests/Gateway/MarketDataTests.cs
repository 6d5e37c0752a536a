using System.Globalization;
using LowLatency.Fix.Messages;
using LowLatency.Model.Orders;
using LowLatency.Testing;
using LowLatency.Venue.Hosting;
using LowLatency.Venue.MarketData;
using LowLatency.Venue.Matching;
using LowLatency.Venue.Tests.Gateway.Support;

namespace LowLatency.Venue.Tests.Gateway;

/// <summary>35=V → 35=W then 35=X over FIX: what a subscriber gets, and that it rebuilds the venue's book exactly.</summary>
public sealed class MarketDataTests : IDisposable
{
    private readonly VenueHost _host = TestHosts.Start();
    private readonly List<VenueClient> _clients = new();

    private RunningVenue Venue => _host.Venues[0];

    [Fact]
    public void ASubscriptionGetsTheBookAsASnapshotThenOneIncrementalPerBookChangeAndTrade()
    {
        VenueClient trader = Connect("CLIENT1");
        VenueClient other = Connect("CLIENT2");
        VenueClient watcher = Connect("CLIENT3");
        Rest(trader, "B1", '1', "5", "99.00");
        Rest(trader, "S1", '2', "7", "101.00");

        watcher.Subscribe("MD-ACME", "ACME");
        ReceivedMessage snapshot = watcher.WaitFor(m => m.MsgType == "W");
        Assert.Equal(("MD-ACME", "ACME"), (snapshot[FixTag.MDReqID], snapshot[FixTag.Symbol]));
        Assert.Equal([("0", "99.00", "5", "1"), ("1", "101.00", "7", "1")], snapshot.Entries.Select(e => (e[FixTag.MDEntryType], e[FixTag.MDEntryPx], e[FixTag.MDEntrySize], e[FixTag.NumberOfOrders])));

        Rest(trader, "B2", '1', "3", "99.50");
        ReceivedMessage added = watcher.WaitFor(m => m.MsgType == "X");
        Assert.Equal(("0", "0", "99.50", "3", "1", "ACME"), Entry(added, 0));

        other.SendOrder("T1", "ACME", '2', "3", "99.50");
        ReceivedMessage traded = watcher.WaitFor(m => m.MsgType == "X" && m.Entries.Any(e => e[FixTag.MDEntryType] == "2"));
        Assert.Equal(2, traded.Entries.Count);
        Assert.Equal(("0", "2", "99.50", "3"), (traded.Entries[0][FixTag.MDUpdateAction], traded.Entries[0][FixTag.MDEntryType], traded.Entries[0][FixTag.MDEntryPx], traded.Entries[0][FixTag.MDEntrySize]));
        Assert.Equal(("2", "0", "99.50"), (traded.Entries[1][FixTag.MDUpdateAction], traded.Entries[1][FixTag.MDEntryType], traded.Entries[1][FixTag.MDEntryPx]));
        long[] ids = watcher.Inbox.Messages.Where(m => m.MsgType == "X").SelectMany(m => m.Entries).Select(e => long.Parse(e[FixTag.MDEntryID], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(Enumerable.Range((int)ids[0], ids.Length).Select(i => (long)i), ids);
    }

    [Fact]
    public void FixSubscribersRebuildEveryLevelOfTheVenuesBooksExactlyAfterRandomFlow()
    {
        var early = new FixBookSubscriber("ACME", "BTC");
        var late = new FixBookSubscriber("ACME", "BTC");
        VenueClient earlyClient = Connect("CLIENT3", early.OnMessage);
        earlyClient.Subscribe("E-ACME", "ACME");
        earlyClient.Subscribe("E-BTC", "BTC");
        earlyClient.WaitFor(m => m.MsgType == "W" && m[FixTag.Symbol] == "BTC");
        VenueClient c1 = Connect("CLIENT1");
        VenueClient c2 = Connect("CLIENT2");
        var flow = new FixOrderFlow(seed: 42, c1, c2);

        flow.Run(400);
        VenueClient lateClient = Connect("CLIENT4", late.OnMessage);
        lateClient.Subscribe("L-ACME", "ACME");
        lateClient.Subscribe("L-BTC", "BTC");
        flow.Run(400);

        foreach (string symbol in new[] { "ACME", "BTC" })
        {
            AssertSameBook(early, symbol, depth: 0);
            AssertSameBook(late, symbol, depth: 0);
        }

        Assert.Empty(early.Problems);
        Assert.Empty(late.Problems);
        Assert.Equal(0, Venue.Stats.Errors);
        Assert.True(early.Incrementals > 300, $"only {early.Incrementals} incrementals");
    }

    [Fact]
    public void ADepthLimitedSubscriberHoldsExactlyTheBestLevelsAndNeverMore()
    {
        VenueClient deep = Connect("CLIENT4");
        for (int level = 0; level < 5; level++)
        {
            // Far from the flow and too big for its market orders: the venue's books stay deeper than the subscription.
            Rest(deep, $"DB{level}", '1', "1000", $"95.0{level}");
            Rest(deep, $"DA{level}", '2', "1000", $"105.0{level}");
        }

        var top3 = new FixBookSubscriber("ACME", "BTC");
        VenueClient watcher = Connect("CLIENT3", top3.OnMessage);
        watcher.Subscribe("T3-ACME", "ACME", depth: 3);
        watcher.Subscribe("T3-BTC", "BTC", depth: 3);
        var flow = new FixOrderFlow(seed: 7, Connect("CLIENT1"), Connect("CLIENT2"));

        flow.Run(600);

        AssertSameBook(top3, "ACME", depth: 3);
        AssertSameBook(top3, "BTC", depth: 3);
        Assert.Empty(top3.Problems);
        Assert.Equal(3, top3.MaxLevelsSeen);
        BookSnapshot full = Venue.CaptureBook("ACME");
        Assert.True(full.Bids.Length > 3 && full.Asks.Length > 3);
        Assert.Equal(0, Venue.Stats.Errors);
    }

    [Fact]
    public void AnUnknownSymbolGetsAMarketDataRequestRejectAndAnUnsupportedDepthToo()
    {
        VenueClient watcher = Connect("CLIENT1");

        watcher.Subscribe("MD-X", "NOPE");
        watcher.Subscribe("MD-D", "ACME", depth: 5000);

        ReceivedMessage unknown = watcher.WaitFor(m => m.MsgType == "Y" && m[FixTag.MDReqID] == "MD-X");
        Assert.Equal(("0", "unknown symbol"), (unknown[FixTag.MDReqRejReason], unknown[FixTag.Text]));
        ReceivedMessage depth = watcher.WaitFor(m => m.MsgType == "Y" && m[FixTag.MDReqID] == "MD-D");
        Assert.Equal("5", depth[FixTag.MDReqRejReason]);
    }

    [Fact]
    public void ASnapshotRequestAndAnUnsubscribedStreamGetNoMoreIncrementals()
    {
        VenueClient trader = Connect("CLIENT1");
        VenueClient once = Connect("CLIENT2");
        VenueClient quitter = Connect("CLIENT3");
        once.Subscribe("ONCE", "ACME", requestType: '0');
        quitter.Subscribe("Q", "ACME");
        once.WaitFor(m => m.MsgType == "W");
        quitter.WaitFor(m => m.MsgType == "W");
        Rest(trader, "B1", '1', "1", "99.00");
        quitter.WaitFor(m => m.MsgType == "X");

        quitter.Subscribe("Q", "ACME", requestType: '2');
        quitter.Subscribe("Q2", "ACME", requestType: '0');
        quitter.WaitFor(m => m.MsgType == "W" && m[FixTag.MDReqID] == "Q2"); // requests of one session are processed in order
        Rest(trader, "B2", '1', "1", "98.00");
        trader.Subscribe("SYNC", "ACME", requestType: '0');
        trader.WaitFor(m => m.MsgType == "W"); // the venue processed everything sent before it

        Assert.Single(quitter.Inbox.Messages, m => m.MsgType == "X");
        Assert.DoesNotContain(once.Inbox.Messages, m => m.MsgType == "X");
    }

    [Fact]
    public void ATradesOnlySubscriptionGetsTradesAndNoLevels()
    {
        VenueClient trader = Connect("CLIENT1");
        VenueClient other = Connect("CLIENT2");
        VenueClient watcher = Connect("CLIENT3");
        watcher.Subscribe("TR", "ACME", entryTypes: "2");
        ReceivedMessage snapshot = watcher.WaitFor(m => m.MsgType == "W");
        Rest(trader, "S1", '2', "2", "100.00");

        other.SendOrder("B1", "ACME", '1', "2", "100.00");

        ReceivedMessage trade = watcher.WaitFor(m => m.MsgType == "X");
        Assert.Empty(snapshot.Entries);
        Assert.Equal([("2", "100.00", "2")], trade.Entries.Select(e => (e[FixTag.MDEntryType], e[FixTag.MDEntryPx], e[FixTag.MDEntrySize])));
    }

    public void Dispose()
    {
        foreach (VenueClient client in _clients)
        {
            client.Dispose();
        }

        _host.Dispose();
    }

    private VenueClient Connect(string compId, MessageHandler? onMessage = null)
    {
        VenueClient client = VenueClient.Connect(Venue, compId, onMessage: onMessage);
        _clients.Add(client);
        return client;
    }

    private static void Rest(VenueClient client, string id, char side, string quantity, string price)
    {
        client.SendOrder(id, "ACME", side, quantity, price);
        client.WaitForReport(id, '0');
    }

    private static (string?, string?, string?, string?, string?, string?) Entry(ReceivedMessage m, int i) =>
        (m.Entries[i][FixTag.MDUpdateAction], m.Entries[i][FixTag.MDEntryType], m.Entries[i][FixTag.MDEntryPx], m.Entries[i][FixTag.MDEntrySize],
         m.Entries[i].GetValueOrDefault(FixTag.NumberOfOrders), m.Entries[i][FixTag.Symbol]);

    /// <summary>The subscriber's replica ends equal to the venue's book (its best <paramref name="depth"/> levels, 0 = all).</summary>
    private void AssertSameBook(FixBookSubscriber subscriber, string symbol, int depth)
    {
        string Describe(Side side) => string.Join(" ", subscriber.Levels(symbol, side).Select(l => $"{l.Size}@{l.Price}/{l.Orders}"));
        bool Matches()
        {
            BookSnapshot book = Venue.CaptureBook(symbol, depth);
            return subscriber.IsSynchronized(symbol) && Same(book.Bids, subscriber.Levels(symbol, Side.Buy)) && Same(book.Asks, subscriber.Levels(symbol, Side.Sell));
        }

        bool same = Wait.Until(Matches, TimeSpan.FromSeconds(15));
        BookSnapshot final = Venue.CaptureBook(symbol, depth);
        Assert.True(same, $"{symbol}: venue bids {string.Join(" ", final.Bids.ToArray().Select(l => $"{l.Size}@{l.Price}/{l.OrderCount}"))} " +
                          $"vs replica {Describe(Side.Buy)}; problems: {string.Join("; ", subscriber.Problems.Take(5))}; {Venue.Stats}");
    }

    private static bool Same(ReadOnlySpan<BookLevel> venue, (Core.FixedPoint.Price Price, Core.FixedPoint.Quantity Size, int Orders)[] replica)
    {
        if (venue.Length != replica.Length)
        {
            return false;
        }

        for (int i = 0; i < venue.Length; i++)
        {
            if (venue[i].Price != replica[i].Price || venue[i].Size != replica[i].Size || venue[i].OrderCount != replica[i].Orders)
            {
                return false;
            }
        }

        return true;
    }
}
