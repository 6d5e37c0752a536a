using LowLatency.Core.FixedPoint;
using LowLatency.Execution.Config;
using LowLatency.Execution.Risk;
using LowLatency.Execution.Routing;
using LowLatency.Execution.Tests.Support;
using LowLatency.Model.Fills;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Tests.Risk;

// Limits are inclusive maxima: one unit below and exactly at the limit pass, one unit (lot, tick) beyond fails.
public class PreTradeRiskThresholdTests
{
    private readonly RiskFixture _f = new();

    [Fact]
    public void OrderQuantityPassesUpToTheMaximumAndFailsOneLotAbove()
    {
        Assert.Equal(RiskReason.Passed, _f.Check(_f.Order(Side.Buy, 99)));
        Assert.Equal(RiskReason.Passed, _f.Check(_f.Order(Side.Buy, 100)));
        Assert.Equal(RiskReason.MaxOrderQuantity, _f.Check(_f.Order(Side.Buy, 101)));
    }

    [Fact]
    public void OrderNotionalPassesUpToTheMaximumAndFailsOneTickAbove()
    {
        _f.Risk.SetReference(_f.Test, 20_000); // 200.00, so the collar is not what binds
        Assert.Equal(RiskReason.Passed, _f.Check(_f.Order(Side.Buy, 50, 19_999)));
        Assert.Equal(RiskReason.Passed, _f.Check(_f.Order(Side.Buy, 50, 20_000))); // 50 × 200.00 = 10,000
        Assert.Equal(RiskReason.MaxOrderNotional, _f.Check(_f.Order(Side.Buy, 50, 20_001)));
    }

    [Fact]
    public void ThePriceCollarHoldsToTheTickOnBothSides()
    {
        // reference 100.00, collar 100 bps: 99.00 … 101.00
        Assert.Equal(RiskReason.Passed, _f.Check(_f.Order(Side.Buy, 1, 10_099)));
        Assert.Equal(RiskReason.Passed, _f.Check(_f.Order(Side.Buy, 1, 10_100)));
        Assert.Equal(RiskReason.PriceCollar, _f.Check(_f.Order(Side.Buy, 1, 10_101)));
        Assert.Equal(RiskReason.Passed, _f.Check(_f.Order(Side.Sell, 1, 9_901)));
        Assert.Equal(RiskReason.Passed, _f.Check(_f.Order(Side.Sell, 1, 9_900)));
        Assert.Equal(RiskReason.PriceCollar, _f.Check(_f.Order(Side.Sell, 1, 9_899)));
    }

    [Fact]
    public void WithoutAReferencePriceNothingPasses()
    {
        _f.Risk.SetReference(_f.Test, 0);
        Assert.Equal(RiskReason.NoReferencePrice, _f.Check(_f.Order(Side.Buy, 1)));
    }

    [Fact]
    public void MaxPositionCountsPositionsAndEveryOpenOrdersWorstCase()
    {
        _f.Position(Side.Buy, 100);
        _f.Open(_f.Order(Side.Buy, 40, 9_990));
        _f.Open(_f.Order(Side.Sell, 30, 10_050)); // a sell does not help the long worst case
        Assert.Equal(RiskReason.Passed, _f.Check(_f.Order(Side.Buy, 9, 9_980)));
        Assert.Equal(RiskReason.Passed, _f.Check(_f.Order(Side.Buy, 10, 9_980))); // 100 + 40 + 10 = 150
        Assert.Equal(RiskReason.MaxPosition, _f.Check(_f.Order(Side.Buy, 11, 9_980)));
        Assert.Equal(RiskReason.Passed, _f.Check(_f.Order(Side.Sell, 90, 10_060))); // reducing is always fine
    }

    [Fact]
    public void MaxPositionAppliesToShortsToo()
    {
        _f.Position(Side.Sell, 100);
        _f.Open(_f.Order(Side.Sell, 40, 10_010));
        Assert.Equal(RiskReason.Passed, _f.Check(_f.Order(Side.Sell, 10, 10_020)));
        Assert.Equal(RiskReason.MaxPosition, _f.Check(_f.Order(Side.Sell, 11, 10_020)));
    }

    [Fact]
    public void GrossExposurePassesUpToTheMaximumAcrossInstruments()
    {
        var f = new RiskFixture(TestSetup.Risk with { MaxGrossExposure = 20_000 });
        f.Risk.SetReference(f.Btc, 500_000); // BTC 50,000.0
        Assert.True(f.Positions.Apply(new FillEvent
        {
            Sequence = 1, Instrument = TestSetup.Btc, Venue = TestSetup.V1, Side = Side.Buy,
            Quantity = Quantity.Parse("0.2", 3), Price = Price.Parse("50000", 1),
        })); // 10,000 of BTC
        f.Position(Side.Buy, 50); // 5,000 of TEST
        Assert.Equal(15_000.0, f.Risk.GrossExposure());
        Assert.Equal(RiskReason.Passed, f.Check(f.Order(Side.Buy, 49)));
        Assert.Equal(RiskReason.Passed, f.Check(f.Order(Side.Buy, 50))); // 10,000 + 10,000
        Assert.Equal(RiskReason.MaxGrossExposure, f.Check(f.Order(Side.Buy, 51)));
        Assert.Equal(RiskReason.Passed, f.Check(f.Order(Side.Sell, 50))); // reduces the worst case
    }

    [Fact]
    public void MaxOpenOrdersCountsThisOrder()
    {
        var f = new RiskFixture(TestSetup.Risk with { MaxOpenOrders = 3 });
        f.Open(f.Order(Side.Buy, 1, 9_990));
        Assert.Equal(RiskReason.Passed, f.Check(f.Order(Side.Buy, 1, 9_980)));
        f.Open(f.Order(Side.Buy, 1, 9_970));
        Assert.Equal(RiskReason.Passed, f.Check(f.Order(Side.Buy, 1, 9_980))); // third open order
        f.Open(f.Order(Side.Buy, 1, 9_960));
        Assert.Equal(RiskReason.MaxOpenOrders, f.Check(f.Order(Side.Buy, 1, 9_980)));
    }

    [Fact]
    public void AnOrderThatWouldTradeWithOurOwnRestingOrderOnTheSameVenueIsRefused()
    {
        _f.Open(_f.Order(Side.Sell, 5, 10_050, venue: 0));
        Assert.Equal(RiskReason.Passed, _f.Check(_f.Order(Side.Buy, 5, 10_049, venue: 0)));
        Assert.Equal(RiskReason.SelfCross, _f.Check(_f.Order(Side.Buy, 5, 10_050, venue: 0)));
        Assert.Equal(RiskReason.Passed, _f.Check(_f.Order(Side.Buy, 5, 10_050, venue: 1))); // another venue cannot self-trade
    }

    [Fact]
    public void AnIdenticalOrderWithinTheDuplicateWindowIsRefused()
    {
        ChildOrder order = _f.Order(Side.Buy, 5, 9_990);
        _f.Open(in order);
        Assert.Equal(RiskReason.DuplicateOrder, _f.Check(in order));
        Assert.Equal(RiskReason.Passed, _f.Check(_f.Order(Side.Buy, 6, 9_990)));
        _f.Now += _f.Limits.DuplicateWindowNs;
        Assert.Equal(RiskReason.DuplicateOrder, _f.Check(in order));
        _f.Now += 1;
        Assert.Equal(RiskReason.Passed, _f.Check(in order));
    }

    [Fact]
    public void QuantitiesOffTheLotAndPricesOffTheTickAreRefused()
    {
        Assert.Equal(RiskReason.InvalidQuantity, _f.Check(_f.Order(Side.Buy, 0)));
        Assert.Equal(RiskReason.InvalidPrice, _f.Check(_f.Order(Side.Buy, 1, 0)));
        var btc = _f.Order(Side.Buy, 1_000, 500_001, instrument: _f.Btc); // BTC tick is 0.5 = 5 mantissa units
        _f.Risk.SetReference(_f.Btc, 500_000);
        Assert.Equal(RiskReason.InvalidPrice, _f.Check(in btc));
        Assert.Equal(RiskReason.Passed, _f.Check(btc with { Price = 500_005 }));
    }

    [Fact]
    public void TheKillSwitchAndVenueStateBlockOrders()
    {
        ChildOrder order = _f.Order(Side.Buy, 1);
        _f.Health.SetConnected(0, false);
        Assert.Equal(RiskReason.VenueDisconnected, _f.Check(in order));
        _f.Health.SetConnected(0, true);
        _f.Kill.TripVenue(0, KillSwitchCause.VenueDisconnect);
        Assert.Equal(RiskReason.VenueKilled, _f.Check(in order));
        Assert.Equal(RiskReason.Passed, _f.Check(order with { VenueIndex = 1 }));
        _f.Kill.Trip(KillSwitchCause.Manual, _f.Now);
        Assert.Equal(RiskReason.KillSwitch, _f.Check(order with { VenueIndex = 1 }));
    }
}
