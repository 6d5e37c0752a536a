using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Execution.Config;
using LowLatency.Execution.Instruments;
using LowLatency.Execution.Positions;
using LowLatency.Execution.Tests.Support;
using LowLatency.Model.Fills;
using LowLatency.Model.Instruments;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Tests.Positions;

public class PositionBookTests
{
    private readonly InstrumentTable _instruments = new(TestSetup.Config().Instruments);
    private readonly VenueTable _venues = new(TestSetup.Venues);
    private long _sequence;

    private PositionBook NewBook() => new(_instruments, _venues);

    private FillEvent Fill(Side side, long quantity, string price, double fee = 0, VenueId? venue = null, InstrumentId? instrument = null) => new()
    {
        Sequence = ++_sequence,
        Instrument = instrument ?? TestSetup.Test,
        Venue = venue ?? TestSetup.V1,
        Side = side,
        Quantity = new Quantity(quantity, 0),
        Price = Price.Parse(price, 2),
        Fee = fee,
    };

    [Fact]
    public void BuysAverageTheirCost()
    {
        PositionBook book = NewBook();
        book.Apply(Fill(Side.Buy, 10, "100"));
        book.Apply(Fill(Side.Buy, 10, "110"));
        PositionSnapshot p = book.Get(TestSetup.Test);
        Assert.Equal(new Quantity(20, 0), p.NetQuantity);
        Assert.Equal(105.0, p.AverageCost);
        Assert.Equal(0.0, p.RealisedPnl);
    }

    [Fact]
    public void PartialSellsRealiseAgainstTheAverageAndKeepIt()
    {
        PositionBook book = NewBook();
        book.Apply(Fill(Side.Buy, 10, "100"));
        book.Apply(Fill(Side.Buy, 10, "110"));
        book.Apply(Fill(Side.Sell, 5, "120"));
        Assert.Equal(75.0, book.Get(TestSetup.Test).RealisedPnl); // (120 − 105) × 5
        book.Apply(Fill(Side.Sell, 5, "100"));
        PositionSnapshot p = book.Get(TestSetup.Test);
        Assert.Equal(50.0, p.RealisedPnl); // + (100 − 105) × 5
        Assert.Equal(new Quantity(10, 0), p.NetQuantity);
        Assert.Equal(105.0, p.AverageCost);
    }

    [Fact]
    public void AFillThroughZeroClosesAtTheAverageAndOpensTheRestAtTheFillPrice()
    {
        PositionBook book = NewBook();
        book.Apply(Fill(Side.Buy, 10, "105"));
        book.Apply(Fill(Side.Sell, 15, "90"));
        PositionSnapshot p = book.Get(TestSetup.Test);
        Assert.Equal(-150.0, p.RealisedPnl); // (90 − 105) × 10
        Assert.Equal(new Quantity(-5, 0), p.NetQuantity);
        Assert.Equal(90.0, p.AverageCost);

        book.Apply(Fill(Side.Buy, 5, "80"));
        p = book.Get(TestSetup.Test);
        Assert.Equal(-100.0, p.RealisedPnl); // short 5 from 90 covered at 80: +50
        Assert.True(p.NetQuantity.IsZero);
        Assert.Equal(0.0, p.AverageCost);
    }

    [Fact]
    public void AShortGainsWhenThePriceFalls()
    {
        PositionBook book = NewBook();
        book.Apply(Fill(Side.Sell, 10, "100"));
        book.Apply(Fill(Side.Buy, 4, "90"));
        PositionSnapshot p = book.Get(TestSetup.Test);
        Assert.Equal(40.0, p.RealisedPnl);
        Assert.Equal(new Quantity(-6, 0), p.NetQuantity);
        Assert.Equal(100.0, p.AverageCost);
    }

    [Fact]
    public void FeesAccumulateAndRebatesReduceThem()
    {
        PositionBook book = NewBook();
        book.Apply(Fill(Side.Buy, 10, "100", fee: 0.5));
        book.Apply(Fill(Side.Sell, 10, "101", fee: -0.25));
        PositionSnapshot p = book.Get(TestSetup.Test);
        Assert.Equal(0.25, p.Fees);
        Assert.Equal(10.0, p.RealisedPnl);
        Assert.Equal(9.75, p.NetPnl);
    }

    [Fact]
    public void UnrealisedPnlFollowsTheMark()
    {
        PositionBook book = NewBook();
        book.Apply(Fill(Side.Buy, 15, "105"));
        Assert.Equal(0.0, book.Get(TestSetup.Test).UnrealisedPnl);
        book.Mark(TestSetup.Test, Price.Parse("95", 2));
        Assert.Equal(-150.0, book.Get(TestSetup.Test).UnrealisedPnl);
        Assert.Equal(-150.0, book.TotalUnrealisedPnl());
    }

    [Fact]
    public void TheContractMultiplierScalesPnl()
    {
        Instrument future = TestSetup.TestInstrument with { Multiplier = 10 };
        var settings = TestSetup.TestSettings with { Instrument = future };
        var instruments = new InstrumentTable([settings]);
        var book = new PositionBook(instruments, _venues);
        book.Apply(Fill(Side.Buy, 2, "100"));
        book.Apply(Fill(Side.Sell, 2, "103"));
        Assert.Equal(60.0, book.Get(TestSetup.Test).RealisedPnl); // 3 × 2 × 10
    }

    [Fact]
    public void PositionsAreKeptPerVenueAsWellAsInTotal()
    {
        PositionBook book = NewBook();
        book.Apply(Fill(Side.Buy, 10, "100", venue: TestSetup.V1));
        book.Apply(Fill(Side.Sell, 4, "102", venue: TestSetup.V2));
        Assert.Equal(new Quantity(6, 0), book.Get(TestSetup.Test).NetQuantity);
        Assert.Equal(new Quantity(10, 0), book.Get(TestSetup.Test, TestSetup.V1).NetQuantity);
        Assert.Equal(new Quantity(-4, 0), book.Get(TestSetup.Test, TestSetup.V2).NetQuantity);
        Assert.Equal(8.0, book.Get(TestSetup.Test).RealisedPnl); // the total nets across venues
        Assert.Equal(0.0, book.Get(TestSetup.Test, TestSetup.V2).RealisedPnl);
    }

    [Fact]
    public void FractionalQuantitiesStayExact()
    {
        PositionBook book = NewBook();
        for (int i = 0; i < 10; i++)
        {
            book.Apply(new FillEvent
            {
                Sequence = ++_sequence,
                Instrument = TestSetup.Btc,
                Venue = TestSetup.V1,
                Side = Side.Buy,
                Quantity = Quantity.Parse("0.1", 3),
                Price = Price.Parse("50000", 1),
            });
        }

        Assert.Equal(Quantity.Parse("1", 3), book.Get(TestSetup.Btc).NetQuantity); // 10 × 0.1 is exactly 1, not 0.9999…
    }

    [Fact]
    public void AFillForAnUnknownInstrumentOrOffScaleIsNotApplied()
    {
        PositionBook book = NewBook();
        Assert.False(book.Apply(Fill(Side.Buy, 1, "100", instrument: new InstrumentId(99))));
        FillEvent offScale = Fill(Side.Buy, 1, "100") with { Quantity = Quantity.Parse("1.5", 1) };
        Assert.False(book.Apply(offScale));
        Assert.Equal(0, book.Get(TestSetup.Test).FillCount);
        Assert.Throws<ArgumentException>(() => PositionBook.Rebuild(_instruments, _venues, [offScale]));
    }
}
