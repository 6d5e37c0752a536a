using System.Runtime.CompilerServices;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Fills;
using LowLatency.Model.Instruments;
using LowLatency.Model.Intents;
using LowLatency.Model.MarketData;
using LowLatency.Model.Orders;

namespace LowLatency.Model.Tests;

// The Model types travel through preallocated ring slots and the journal: they must stay flat values
// (no references for the GC to trace, copyable byte for byte) and keep their persisted numbers.
public class ValueTypeContractTests
{
    [Fact]
    public void RingSlotAndJournalTypesHoldNoReferences()
    {
        Assert.False(RuntimeHelpers.IsReferenceOrContainsReferences<MarketDataEvent>());
        Assert.False(RuntimeHelpers.IsReferenceOrContainsReferences<FillEvent>());
        Assert.False(RuntimeHelpers.IsReferenceOrContainsReferences<HedgeIntent>());
        Assert.False(RuntimeHelpers.IsReferenceOrContainsReferences<CollateralTransfer>());
    }

    [Fact]
    public void MarketDataLevelsAreInlineInTheEvent()
    {
        // Five levels per side inline: the event is one contiguous block, not an object with arrays.
        Assert.True(Unsafe.SizeOf<MarketDataEvent>() >= 2 * MarketDataEvent.MaxLevels * Unsafe.SizeOf<MarketDataLevel>());
        var e = default(MarketDataEvent);
        e.Bids[MarketDataEvent.MaxLevels - 1] = new MarketDataLevel(123, 4);
        Assert.Equal(123, e.Bids[MarketDataEvent.MaxLevels - 1].Price);
        Assert.Equal(0, e.Asks[0].Price);
    }

    [Fact]
    public void MarketDataAccessorsApplyTheSlotScales()
    {
        var e = new MarketDataEvent { PriceScale = 2, QuantityScale = 3 };
        e.Bids[0] = new MarketDataLevel(6_500_025, 1_500);
        e.Asks[1] = new MarketDataLevel(6_500_100, 250);
        Assert.Equal(Price.Parse("65000.25", 2), e.BidPrice(0));
        Assert.Equal(Quantity.Parse("1.5", 3), e.BidSize(0));
        Assert.Equal(Price.Parse("65001", 2), e.AskPrice(1));
        Assert.Equal(Quantity.Parse("0.25", 3), e.AskSize(1));
    }

    [Theory]
    [InlineData(Side.Buy, 1_500L)]
    [InlineData(Side.Sell, -1_500L)]
    public void AFillsSignedQuantityFollowsItsSide(Side side, long expected)
    {
        var fill = new FillEvent
        {
            Sequence = 1,
            Instrument = new InstrumentId(3),
            Venue = new VenueId(1),
            Side = side,
            Quantity = new Quantity(1_500, 3),
            Price = new Price(100, 0),
        };
        Assert.Equal(expected, fill.SignedQuantityMantissa);
    }

    [Fact]
    public void AHedgeIntentWithoutALimitSaysSo()
    {
        var intent = new HedgeIntent
        {
            Instrument = new InstrumentId(1),
            Side = Side.Sell,
            Quantity = new Quantity(1, 0),
            Urgency = ExecutionUrgency.Aggressive,
            Reason = RebalanceReason.DeltaBand,
        };
        Assert.False(intent.HasLimitPrice);
        Assert.True((intent with { LimitPrice = new Price(0, 2) }).HasLimitPrice);
        Assert.True((intent with { LimitPrice = new Price(99, 0) }).HasLimitPrice);
    }

    [Fact]
    public void AnInstrumentsScalesAreThoseOfItsTickAndLot()
    {
        var btc = new Instrument
        {
            Id = new InstrumentId(0),
            Symbol = "BTC",
            Kind = InstrumentKind.Spot,
            Underlying = new InstrumentId(0),
            TickSize = Price.Parse("0.5", 1),
            LotSize = Quantity.Parse("0.001", 3),
        };
        Assert.Equal(1, btc.PriceScale);
        Assert.Equal(3, btc.QuantityScale);
    }

    [Fact]
    public void PersistedReasonNumbersNeverChange()
    {
        // Journals and dashboards store these numbers; renumbering would misread history.
        Assert.Equal(20, (int)RebalanceReason.DeltaBand);
        Assert.Equal(32, (int)RebalanceReason.LeverageRipcord);
        Assert.Equal(42, (int)RebalanceReason.LiquidationFull);
        Assert.Equal(1, (int)Side.Buy);
        Assert.Equal(2, (int)Side.Sell);
    }
}
