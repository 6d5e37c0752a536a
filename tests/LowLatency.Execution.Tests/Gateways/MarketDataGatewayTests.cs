using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Execution.Gateways;
using LowLatency.Execution.Tests.Support;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Messages.Values;
using LowLatency.Model.Intents;
using LowLatency.Model.MarketData;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Tests.Gateways;

public class MarketDataGatewayTests
{
    private readonly EngineHarness _h = new();
    private readonly FixParser _parser = new();

    private MarketDataMapResult Map(byte[] frame, out MarketDataEvent slot)
    {
        Assert.True(_parser.TryParse(frame, out FixMessage message));
        slot = default;
        return _h.Mapper(TestSetup.V1).TryMap(in message, 4242, ref slot);
    }

    private byte[] Snapshot(string symbol, params MarketDataEntry[] entries)
    {
        var body = new MarketDataSnapshotFullRefresh { MdReqId = "MD2"u8, Symbol = Encoding.ASCII.GetBytes(symbol), Entries = entries };
        return _h.Encode(TestSetup.V1, in body);
    }

    private byte[] Incremental(string symbol, params MarketDataEntry[] entries)
    {
        var body = new MarketDataIncrementalRefresh { MdReqId = "MD2"u8, Symbol = Encoding.ASCII.GetBytes(symbol), Entries = entries };
        return _h.Encode(TestSetup.V1, in body);
    }

    private static MarketDataEntry Level(char type, string price, string size, char action = '\0') => new()
    {
        UpdateAction = action,
        EntryType = type,
        Price = Price.Parse(price, price.Contains('.', StringComparison.Ordinal) ? price.Length - price.IndexOf('.', StringComparison.Ordinal) - 1 : 0),
        Size = Quantity.Parse(size, 0),
    };

    private static MarketDataEntry[] DeepBook()
    {
        var entries = new List<MarketDataEntry>();
        for (int i = 0; i < 7; i++)
        {
            entries.Add(Level(FixMDEntryType.Bid, (99.99m - (i * 0.01m)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), (10 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            entries.Add(Level(FixMDEntryType.Offer, (100.01m + (i * 0.01m)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), (20 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return [.. entries.AsEnumerable().Reverse()]; // out of order on purpose: the book sorts
    }

    [Fact]
    public void ASnapshotBecomesTheTopFiveLevelsPerSideAtTheInstrumentsScales()
    {
        Assert.Equal(MarketDataMapResult.Mapped, Map(Snapshot("TEST", DeepBook()), out MarketDataEvent e));
        Assert.Equal(MarketDataUpdateKind.Snapshot, e.Kind);
        Assert.Equal(TestSetup.Test, e.Instrument);
        Assert.Equal(TestSetup.V1, e.Venue);
        Assert.Equal(MarketDataEvent.MaxLevels, e.BidCount);
        Assert.Equal(MarketDataEvent.MaxLevels, e.AskCount);
        Assert.Equal(2, e.PriceScale);
        Assert.Equal(0, e.QuantityScale);
        for (int i = 0; i < MarketDataEvent.MaxLevels; i++)
        {
            Assert.Equal(9_999 - i, e.Bids[i].Price);
            Assert.Equal(10 + i, e.Bids[i].Size);
            Assert.Equal(10_001 + i, e.Asks[i].Price);
            Assert.Equal(20 + i, e.Asks[i].Size);
        }

        Assert.Equal(Price.Parse("99.99", 2), e.BidPrice(0));
        Assert.Equal(4242, e.ReceiveTimestampNs);
        Assert.Equal(_h.Wire.UtcNow, e.ExchangeTimestampNs);
        Assert.True(e.Sequence > 0);
    }

    [Fact]
    public void IncrementalsChangeAndDeleteLevelsAndRevealDeeperOnes()
    {
        Map(Snapshot("TEST", DeepBook()), out _);
        Assert.Equal(MarketDataMapResult.Mapped, Map(Incremental("TEST",
            Level(FixMDEntryType.Bid, "99.99", "0", FixMDUpdateAction.Delete),
            Level(FixMDEntryType.Offer, "100.01", "5", FixMDUpdateAction.Change),
            Level(FixMDEntryType.Offer, "100.00", "1", FixMDUpdateAction.New)), out MarketDataEvent e));
        Assert.Equal(MarketDataUpdateKind.Incremental, e.Kind);
        Assert.Equal(9_998, e.Bids[0].Price);
        Assert.Equal(9_994, e.Bids[4].Price); // the 6th level moved up into view
        Assert.Equal(10_000, e.Asks[0].Price);
        Assert.Equal(1, e.Asks[0].Size);
        Assert.Equal(10_001, e.Asks[1].Price);
        Assert.Equal(5, e.Asks[1].Size);
    }

    [Fact]
    public void ATradeEntrySetsTheLastTrade()
    {
        Map(Snapshot("TEST", DeepBook()), out _);
        var trade = new MarketDataEntry { UpdateAction = FixMDUpdateAction.New, EntryType = FixMDEntryType.Trade, Price = Price.Parse("100.01", 2), Size = new Quantity(3, 0) };
        Assert.Equal(MarketDataMapResult.Mapped, Map(Incremental("TEST", trade), out MarketDataEvent e));
        Assert.True(e.HasTrade);
        Assert.Equal(10_001, e.LastTradePrice);
        Assert.Equal(3, e.LastTradeSize);
        Assert.Equal(5, e.AskCount);
    }

    [Fact]
    public void AMessageWithAnOffScalePriceChangesNothing()
    {
        Map(Snapshot("TEST", DeepBook()), out _);
        Assert.Equal(MarketDataMapResult.OffScale, Map(Incremental("TEST",
            Level(FixMDEntryType.Bid, "99.99", "0", FixMDUpdateAction.Delete),
            Level(FixMDEntryType.Offer, "100.005", "1", FixMDUpdateAction.New)), out _));
        Map(Incremental("TEST", Level(FixMDEntryType.Offer, "100.07", "1", FixMDUpdateAction.New)), out MarketDataEvent e);
        Assert.Equal(9_999, e.Bids[0].Price); // the delete in the refused message was not applied
    }

    [Fact]
    public void IncrementalsBeforeTheFirstSnapshotUnknownSymbolsAndMixedInstrumentsAreRefused()
    {
        Assert.Equal(MarketDataMapResult.AwaitingSnapshot, Map(Incremental("TEST", Level(FixMDEntryType.Bid, "99.99", "1", FixMDUpdateAction.New)), out _));
        Assert.Equal(MarketDataMapResult.UnknownSymbol, Map(Snapshot("NOPE", Level(FixMDEntryType.Bid, "1", "1")), out _));
        Map(Snapshot("TEST", DeepBook()), out _);
        byte[] mixed = Testing.Fix.FixMessageBuilder.Valid(Testing.Fix.FixFixtures.Header("X") +
            "|262=MD2|268=2|279=0|269=0|55=TEST|270=99.50|271=1|279=0|269=0|55=ETH-PERP|270=99.40|271=1");
        Assert.Equal(MarketDataMapResult.MixedInstruments, Map(mixed, out _));
        byte[] malformed = Testing.Fix.FixMessageBuilder.Valid(Testing.Fix.FixFixtures.Header("X") + "|262=MD2|268=1|279=0|269=0|55=TEST|270=abc|271=1");
        Assert.Equal(MarketDataMapResult.Malformed, Map(malformed, out _));
    }

    [Fact]
    public void TheSubscriptionAsksForBidsOffersAndTradesAtTheMappersDepth()
    {
        MarketDataMapper mapper = _h.Mapper(TestSetup.V2);
        var sink = new RecordingSink(_h.Wire);
        Assert.True(mapper.TrySubscribe(ref sink, TestSetup.Eth));
        byte[] frame = _h.Wire.Last.Frame;
        Assert.True(_parser.TryParse(frame, out FixMessage m));
        Span<byte> types = stackalloc byte[8];
        Assert.True(MarketDataRequest.TryRead(in m, types, out MarketDataRequest request));
        Assert.Equal(FixSubscriptionRequestType.SnapshotPlusUpdates, request.SubscriptionRequestType);
        Assert.Equal(mapper.Depth, request.MarketDepth);
        Assert.Equal(1, request.MdUpdateType);
        Assert.Equal("012", Encoding.ASCII.GetString(request.EntryTypes));
        Assert.Equal("ETH-PERP", Encoding.ASCII.GetString(request.Symbol));
        Assert.Equal(TestSetup.V2, _h.Wire.Last.Venue);
        Assert.False(mapper.TrySubscribe(ref sink, new InstrumentId(77)));
    }

    [Fact]
    public void ARefusedSubscriptionClearsTheVenuesBookAndTheRouterStopsUsingIt()
    {
        _h.Quote(TestSetup.V1, TestSetup.Test, "99.99", "100", "100.01", "100");
        Span<byte> id = stackalloc byte[8];
        int length = MarketDataMapper.FormatMdReqId(_h.Index(TestSetup.Test), id);
        var reject = new MarketDataRequestReject { MdReqId = id[..length], Reason = FixMDReqRejReason.UnknownSymbol };
        Assert.Equal(MarketDataMapResult.Mapped, _h.DeliverMarketData(TestSetup.V1, _h.Encode(TestSetup.V1, in reject)));
        Assert.Equal(LowLatency.Execution.Routing.RouteReason.NoHealthyVenue, _h.Intent(TestSetup.Test, Side.Buy, "5", ExecutionUrgency.Aggressive).Route);
    }

    [Fact]
    public void AfterAResetIncrementalsWaitForAFreshSnapshot()
    {
        Map(Snapshot("TEST", DeepBook()), out _);
        _h.Mapper(TestSetup.V1).Reset();
        Assert.Equal(MarketDataMapResult.AwaitingSnapshot, Map(Incremental("TEST", Level(FixMDEntryType.Bid, "99.99", "1", FixMDUpdateAction.Change)), out _));
        Assert.Equal(MarketDataMapResult.Mapped, Map(Snapshot("TEST", Level(FixMDEntryType.Bid, "99.50", "4")), out MarketDataEvent e));
        Assert.Equal(1, e.BidCount);
        Assert.Equal(0, e.AskCount);
        Assert.Equal(0, e.LastTradePrice);
    }
}
