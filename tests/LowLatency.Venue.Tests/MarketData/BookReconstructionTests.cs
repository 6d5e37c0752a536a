using LowLatency.Testing;
using LowLatency.Venue.Tests.Support;
using LowLatency.Model.Orders;
using LowLatency.Venue.MarketData;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Tests.MarketData;

public class BookReconstructionTests
{
    private readonly BookReplica _replica = new(VenueFixture.Acme, initialLevelsPerSide: 4);
    private readonly BookReplica _lateJoiner = new(VenueFixture.Acme);
    private readonly ReplicaFeed _feed;
    private readonly MatchingEngine<IncrementalPublisher<ReplicaSink>> _engine;

    public BookReconstructionTests()
    {
        _feed = new ReplicaFeed(_replica, _lateJoiner);
        _engine = new MatchingEngine<IncrementalPublisher<ReplicaSink>>(
            VenueFixture.Instruments(),
            new IncrementalPublisher<ReplicaSink>(new ReplicaSink(_feed)),
            new MatchingEngineOptions { MaxOpenOrdersPerInstrument = 4096, InitialLevelsPerSide = 4 });
    }

    private OrderBook Book => _engine.GetBook(VenueFixture.Acme);

    [Theory]
    [InlineData(11UL)]
    [InlineData(12UL)]
    [InlineData(13UL)]
    public void ASubscriberApplyingTheSnapshotThenIncrementalsReconstructsTheBookExactly(ulong seed)
    {
        var snapshot = new BookSnapshot();
        snapshot.CaptureFrom(Book);
        _replica.ApplySnapshot(snapshot);
        var flow = new MixedFlow<IncrementalPublisher<ReplicaSink>>(_engine, Book, seed);

        for (int step = 0; step < 4_000; step++)
        {
            if (step == 1_500)
            {
                // A subscriber joining mid-stream: snapshot at the current sequence, then the live feed.
                snapshot.CaptureFrom(Book);
                _lateJoiner.ApplySnapshot(snapshot);
            }

            flow.Step();
            AssertSameBook(Book, _replica);
            if (step >= 1_500)
            {
                AssertSameBook(Book, _lateJoiner);
            }
        }

        Assert.Equal(0, _feed.Results[(int)ReplicaUpdateResult.Gap] + _feed.Results[(int)ReplicaUpdateResult.Inconsistent]);
        Assert.True(_feed.Entries > 3_000, $"{_feed.Entries} entries");
        Assert.True(Book.LevelCount(Side.Buy) > 4 && Book.LevelCount(Side.Sell) > 4, "the flow should build depth beyond the initial capacity");
        Assert.True(_replica.LastTradeId > 0);
        Assert.Equal(_engine.LastTradeId, _replica.LastTradeId);
    }

    [Fact]
    public void ALostBatchIsDetectedAsAGapAndANewSnapshotResynchronises()
    {
        var snapshot = new BookSnapshot();
        snapshot.CaptureFrom(Book);
        _replica.ApplySnapshot(snapshot);
        var flow = new MixedFlow<IncrementalPublisher<ReplicaSink>>(_engine, Book, 5);
        for (int i = 0; i < 100; i++)
        {
            flow.Step();
        }

        _feed.DropNextBatches = 1;
        while (_feed.Results[(int)ReplicaUpdateResult.Gap] == 0)
        {
            flow.Step();
        }

        Assert.False(_replica.IsSynchronized);
        flow.Step();
        Assert.True(_feed.Results[(int)ReplicaUpdateResult.NotSynchronized] > 0);

        snapshot.CaptureFrom(Book);
        _replica.ApplySnapshot(snapshot);
        for (int i = 0; i < 200; i++)
        {
            flow.Step();
        }

        Assert.True(_replica.IsSynchronized);
        AssertSameBook(Book, _replica);
    }

    [Fact]
    public void DuplicateAndOlderEntriesAreIgnored()
    {
        var snapshot = new BookSnapshot();
        snapshot.CaptureFrom(Book);
        _replica.ApplySnapshot(snapshot);
        var entry = new MarketDataIncrement(VenueFixture.Acme, 1, IncrementKind.Level, BookUpdateAction.New, Side.Buy, VenueFixture.Px("1.00"), VenueFixture.Qty("3"), 1, 0);

        Assert.Equal(ReplicaUpdateResult.Applied, _replica.Apply(entry));
        Assert.Equal(ReplicaUpdateResult.Stale, _replica.Apply(entry));
        Assert.Equal(ReplicaUpdateResult.WrongInstrument, _replica.Apply(entry with { Instrument = VenueFixture.Btc }));
        Assert.Equal(1, _replica.LevelCount(Side.Buy));
        Assert.True(_replica.IsSynchronized);
    }

    [Theory]
    [InlineData(BookUpdateAction.New, "1.00")]
    [InlineData(BookUpdateAction.Change, "2.00")]
    [InlineData(BookUpdateAction.Delete, "2.00")]
    public void AnEntryThatContradictsTheReplicaPutsItOutOfSync(BookUpdateAction action, string price)
    {
        _replica.ApplySnapshot(0, [new BookLevel(VenueFixture.Px("1.00"), VenueFixture.Qty("3"), 1)], []);

        var entry = new MarketDataIncrement(VenueFixture.Acme, 1, IncrementKind.Level, action, Side.Buy, VenueFixture.Px(price), VenueFixture.Qty("3"), 1, 0);

        Assert.Equal(ReplicaUpdateResult.Inconsistent, _replica.Apply(entry));
        Assert.False(_replica.IsSynchronized);
        Assert.Equal(ReplicaUpdateResult.NotSynchronized, _replica.Apply(entry with { Sequence = 2 }));
    }

    [Fact]
    public void ATopOfBookSnapshotIsTruncatedAndCannotSeedAReplica()
    {
        var venue = new VenueFixture();
        venue.Buy(1, "b1", "100.00", "1");
        venue.Buy(1, "b2", "99.00", "2");
        venue.Sell(1, "s1", "101.00", "3");
        var top = new BookSnapshot(maxDepth: 1);

        top.CaptureFrom(venue.Book);

        Assert.Equal([new BookLevel(VenueFixture.Px("100.00"), VenueFixture.Qty("1"), 1)], top.Bids.ToArray());
        Assert.Equal([new BookLevel(VenueFixture.Px("101.00"), VenueFixture.Qty("3"), 1)], top.Asks.ToArray());
        Assert.False(top.IsComplete);
        Assert.Equal(venue.Book.Sequence, top.Sequence);
        Assert.Throws<ArgumentException>(() => new BookReplica(VenueFixture.Acme).ApplySnapshot(top));
    }

    [Fact]
    public void EachCommandThatChangesTheBookIsPublishedAsOneBatchInSequence()
    {
        var snapshot = new BookSnapshot();
        snapshot.CaptureFrom(Book);
        _replica.ApplySnapshot(snapshot);
        Submit(1, "s1", Side.Sell, "100.00", "2", TimeInForce.Day);
        Submit(1, "s2", Side.Sell, "100.01", "2", TimeInForce.Day);
        Submit(2, "ioc-miss", Side.Buy, "99.00", "1", TimeInForce.ImmediateOrCancel);
        Assert.Equal(2, _feed.Batches);

        Submit(2, "sweep", Side.Buy, "100.01", "3", TimeInForce.Day);

        Assert.Equal(3, _feed.Batches);
        Assert.Equal(2 + 4, _feed.Entries);
        Assert.Equal(Book.Sequence, _replica.Sequence);
        Assert.Equal(VenueFixture.Px("100.01"), _replica.LastTradePrice);
        AssertSameBook(Book, _replica);
    }

    [Fact]
    public void PublishingAndApplyingIncrementalsAllocatesNothingAfterWarmUp()
    {
        var snapshot = new BookSnapshot();
        snapshot.CaptureFrom(Book);
        _replica.ApplySnapshot(snapshot);
        var flow = new MixedFlow<IncrementalPublisher<ReplicaSink>>(_engine, Book, 99);

        Assert.Equal(0, Allocations.MeasureSteadyState(flow.Step, iterations: 20_000, warmup: 20_000));

        Assert.True(_replica.IsSynchronized);
        Assert.True(_feed.Results[(int)ReplicaUpdateResult.Applied] > 20_000);
    }

    private void Submit(int owner, string id, Side side, string price, string qty, TimeInForce tif) =>
        _engine.Submit(new NewOrderRequest(VenueFixture.Acme, owner, VenueFixture.Id(id), side, OrderType.Limit, tif, VenueFixture.Px(price), VenueFixture.Qty(qty)));

    private static void AssertSameBook(OrderBook book, BookReplica replica)
    {
        Assert.True(replica.IsSynchronized);
        Assert.Equal(book.Sequence, replica.Sequence);
        foreach (Side side in new[] { Side.Buy, Side.Sell })
        {
            Assert.Equal(book.LevelCount(side), replica.LevelCount(side));
            for (int depth = 0; depth < book.LevelCount(side); depth++)
            {
                Assert.Equal(book.GetLevel(side, depth), replica.GetLevel(side, depth));
            }
        }
    }
}
