using LowLatency.Core.Ids;
using LowLatency.Model.Orders;
using LowLatency.Venue.Gateway;
using LowLatency.Venue.MarketData;
using LowLatency.Venue.Matching;
using LowLatency.Venue.Tests.Support;

namespace LowLatency.Venue.Tests.Gateway;

/// <summary>A depth-N view checked after every single command of a long random flow, without FIX in between.</summary>
public sealed class DepthViewTests
{
    [Theory]
    [InlineData(1, 21UL)]
    [InlineData(3, 22UL)]
    [InlineData(10, 23UL)]
    public void AReplicaFedTheViewsEntriesEqualsTheBooksBestLevelsAfterEveryCommand(int depth, ulong seed)
    {
        var checker = new ViewChecker(depth);
        var engine = new MatchingEngine<IncrementalPublisher<ViewSink>>(
            VenueFixture.Instruments(), new IncrementalPublisher<ViewSink>(new ViewSink(checker)), new MatchingEngineOptions { MaxOpenOrdersPerInstrument = 4096 });
        OrderBook book = engine.GetBook(VenueFixture.Acme);
        checker.Start(book);
        var flow = new MixedFlow<IncrementalPublisher<ViewSink>>(engine, book, seed);

        for (int step = 0; step < 5_000; step++)
        {
            flow.Step();
            checker.AssertMatchesBook();
        }

        Assert.True(checker.Batches > 3_000);
        Assert.Equal(depth, checker.MaxLevels);
    }

    [Fact]
    public void ASweepThatEmptiesAFullWindowAndRefillsItFitsOneBatch()
    {
        var checker = new ViewChecker(4);
        var engine = new MatchingEngine<IncrementalPublisher<ViewSink>>(
            VenueFixture.Instruments(), new IncrementalPublisher<ViewSink>(new ViewSink(checker)), new MatchingEngineOptions { MaxOpenOrdersPerInstrument = 64 });
        OrderBook book = engine.GetBook(VenueFixture.Acme);
        checker.Start(book);
        for (int i = 0; i < 8; i++)
        {
            engine.Submit(new NewOrderRequest(VenueFixture.Acme, 1, VenueFixture.Id($"S{i}"), Side.Sell, OrderType.Limit, TimeInForce.GoodTillCancel, VenueFixture.Px($"10{i}.00"), VenueFixture.Qty("1")));
            checker.AssertMatchesBook();
        }

        engine.Submit(new NewOrderRequest(VenueFixture.Acme, 2, VenueFixture.Id("SWEEP"), Side.Buy, OrderType.Limit, TimeInForce.GoodTillCancel, VenueFixture.Px("103.00"), VenueFixture.Qty("10")));

        checker.AssertMatchesBook();
        Assert.Equal(4, checker.MaxLevels);
    }

    /// <summary>Owns the view and a replica applying its entries; compares with the book.</summary>
    internal sealed class ViewChecker(int depth)
    {
        private readonly DepthView _view = new(depth);
        private readonly BookReplica _replica = new(VenueFixture.Acme);
        private OrderBook? _book;

        public int Batches { get; private set; }

        public int MaxLevels { get; private set; }

        public void Start(OrderBook book)
        {
            _book = book;
            _view.Reset(book);
            _replica.ApplySnapshot(0, _view.Bids, _view.Asks);
        }

        public void OnBatch(InstrumentId instrument, ReadOnlySpan<MarketDataIncrement> entries)
        {
            if (instrument != VenueFixture.Acme)
            {
                return;
            }

            Batches++;
            _view.Update(_book!, entries);
            foreach (ref readonly MarketDataIncrement entry in _view.Pending)
            {
                Assert.Equal(ReplicaUpdateResult.Applied, _replica.Apply(in entry));
                MaxLevels = Math.Max(MaxLevels, Math.Max(_replica.LevelCount(Side.Buy), _replica.LevelCount(Side.Sell)));
            }
        }

        public void AssertMatchesBook()
        {
            foreach (Side side in new[] { Side.Buy, Side.Sell })
            {
                int expected = Math.Min(depth, _book!.LevelCount(side));
                Assert.Equal(expected, _replica.LevelCount(side));
                for (int i = 0; i < expected; i++)
                {
                    Assert.Equal(_book.GetLevel(side, i), _replica.GetLevel(side, i));
                }
            }
        }
    }

    internal readonly struct ViewSink(ViewChecker checker) : IIncrementalSink
    {
        public void OnIncrementalBatch(InstrumentId instrument, ReadOnlySpan<MarketDataIncrement> entries) => checker.OnBatch(instrument, entries);
    }
}
