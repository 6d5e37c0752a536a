using LowLatency.Core.FixedPoint;
using LowLatency.Execution.Engine;
using LowLatency.Execution.Routing;
using LowLatency.Execution.Tests.Support;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Tests.Routing;

// Fees: V1 taker 5 bp / maker 1 bp, V2 taker 2 bp / maker −0.5 bp, V3 taker 10 bp / maker 0. TEST min size 2 lots.
public class RouterTests
{
    private static List<(Core.Ids.VenueId Venue, string Qty, string Price, char Tif)> Children(EngineHarness h, int from = 0) =>
        h.Wire.Sent.Skip(from).Where(m => m.MsgType == "D").Select(m => (m.Venue, m.OrderQty!.Value.ToString(), m.Price!.Value.ToString(), m.TimeInForce)).ToList();

    [Fact]
    public void AggressiveGoesToTheBestAllInPriceNotTheBestRawPrice()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "99.95", "100", "100.00", "100"); // all-in 100.0500
        h.Quote(TestSetup.V2, TestSetup.Test, "99.96", "100", "100.02", "100"); // all-in 100.0400
        h.Quote(TestSetup.V3, TestSetup.Test, "99.97", "100", "99.99", "100"); // all-in 100.0900
        IntentResult result = h.Intent(TestSetup.Test, Side.Buy, "5", ExecutionUrgency.Aggressive);
        Assert.Equal(RouteReason.Routed, result.Route);
        Assert.Equal([(TestSetup.V2, "5", "100.02", '3')], Children(h));
    }

    [Fact]
    public void SellsGoToTheBestAllInBid()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "100.00", "100", "100.10", "100"); // all-in 99.95
        h.Quote(TestSetup.V2, TestSetup.Test, "99.98", "100", "100.10", "100"); // all-in 99.96
        h.Intent(TestSetup.Test, Side.Sell, "5", ExecutionUrgency.Aggressive);
        Assert.Equal([(TestSetup.V2, "5", "99.98", '3')], Children(h));
    }

    [Fact]
    public void AggressiveSplitsAcrossVenuesByDisplayedSizeInAllInOrder()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "99.90", "100", "100.00", "4");
        h.Quote(TestSetup.V2, TestSetup.Test, "99.90", "100", "100.02", "3");
        h.Quote(TestSetup.V3, TestSetup.Test, "99.90", "100", "99.99", "10");
        IntentResult result = h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Aggressive);
        Assert.Equal(3, result.Sent);
        Assert.Equal(0, result.UnroutedQuantity);
        Assert.Equal([(TestSetup.V2, "3", "100.02", '3'), (TestSetup.V1, "4", "100.00", '3'), (TestSetup.V3, "3", "99.99", '3')], Children(h));
    }

    [Fact]
    public void TheSweepWalksDepthAndPricesEachChildAtTheWorstLevelItTakes()
    {
        var h = new EngineHarness();
        h.Book(TestSetup.V2, TestSetup.Test, [("99.90", "100")], [("100.02", "3"), ("100.03", "5")]);
        h.Quote(TestSetup.V1, TestSetup.Test, "99.90", "100", "100.00", "3");
        // V2 L1 all-in 100.05000600 > V1 100.0500: V1 comes second, then V2 L1.
        h.Intent(TestSetup.Test, Side.Buy, "8", ExecutionUrgency.Aggressive);
        Assert.Equal([(TestSetup.V2, "5", "100.03", '3'), (TestSetup.V1, "3", "100.00", '3')], Children(h));
    }

    [Fact]
    public void AnAggressiveIntentLargerThanTheDisplayedSizeLeavesTheRestUnrouted()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "99.90", "100", "100.00", "4");
        IntentResult result = h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Aggressive);
        Assert.Equal(1, result.Sent);
        Assert.Equal(6, result.UnroutedQuantity);
    }

    [Fact]
    public void ImmediatePricesAtTheCollarBoundAndSendsTheRemainderToTheBestVenue()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "99.98", "100", "100.02", "4"); // mid 100.00, collar ±1%: bound 101.00
        h.Quote(TestSetup.V2, TestSetup.Test, "99.98", "100", "100.02", "3");
        IntentResult result = h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Immediate);
        Assert.Equal(0, result.UnroutedQuantity);
        Assert.Equal([(TestSetup.V2, "6", "101.00", '3'), (TestSetup.V1, "4", "101.00", '3')], Children(h));
    }

    [Fact]
    public void TheLimitPriceBoundsWhatIsTaken()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "99.90", "100", "100.00", "4");
        h.Quote(TestSetup.V2, TestSetup.Test, "99.90", "100", "100.02", "50");
        IntentResult result = h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Aggressive, limit: "100.01");
        Assert.Equal([(TestSetup.V1, "4", "100.00", '3')], Children(h));
        Assert.Equal(6, result.UnroutedQuantity);

        IntentResult none = h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Aggressive, limit: "99.99");
        Assert.Equal(RouteReason.LimitPriceExcludesMarket, none.Route);
        Assert.Equal(0, none.Sent);
    }

    [Fact]
    public void LevelsBeyondTheCollarAreNotTaken()
    {
        var h = new EngineHarness();
        h.Book(TestSetup.V1, TestSetup.Test, [("99.00", "100")], [("101.00", "2"), ("101.02", "50")]); // mid 100.00: bound 101.00
        IntentResult result = h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Aggressive);
        Assert.Equal([(TestSetup.V1, "2", "101.00", '3')], Children(h));
        Assert.Equal(8, result.UnroutedQuantity);
    }

    [Fact]
    public void DisconnectedKilledAndStaleVenuesAreSkipped()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "99.90", "100", "100.00", "100");
        h.Quote(TestSetup.V2, TestSetup.Test, "99.90", "100", "99.98", "100");
        h.Quote(TestSetup.V3, TestSetup.Test, "99.90", "100", "99.95", "100");

        h.Engine.OnVenueDisconnected(TestSetup.V3, h.Now);
        h.Intent(TestSetup.Test, Side.Buy, "2", ExecutionUrgency.Aggressive);
        Assert.Equal(TestSetup.V2, h.Wire.Last.Venue);

        h.Advance(600_000_000);
        h.Quote(TestSetup.V1, TestSetup.Test, "99.90", "100", "100.00", "100");
        h.Advance(400_000_001); // V2's book is now older than StaleAfter (1 s), V1's is not
        int before = h.Wire.Sent.Count;
        h.Intent(TestSetup.Test, Side.Buy, "3", ExecutionUrgency.Aggressive);
        Assert.Equal([(TestSetup.V1, "3", "100.00", '3')], Children(h, before));

        h.Advance(600_000_000); // every book stale
        Assert.Equal(RouteReason.NoHealthyVenue, h.Intent(TestSetup.Test, Side.Buy, "3", ExecutionUrgency.Aggressive).Route);
    }

    [Fact]
    public void PassivePostsAtOurSidesBestOnTheCheapestMakerVenue()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "99.99", "100", "100.02", "100");
        h.Quote(TestSetup.V2, TestSetup.Test, "99.97", "100", "100.02", "100"); // maker rebate: cheapest
        h.Quote(TestSetup.V3, TestSetup.Test, "99.98", "100", "100.02", "100");
        IntentResult result = h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Passive);
        Assert.Equal(1, result.Sent);
        Assert.Equal([(TestSetup.V2, "10", "99.99", '0')], Children(h));
    }

    [Fact]
    public void PassiveNeverCrossesTheChosenVenuesOtherSide()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "100.00", "100", "100.03", "100");
        h.Quote(TestSetup.V2, TestSetup.Test, "99.97", "100", "100.00", "100"); // our best bid elsewhere equals V2's offer
        h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Passive);
        Assert.Equal([(TestSetup.V2, "10", "99.99", '0')], Children(h));
    }

    [Fact]
    public void PassiveRespectsTheLimitPrice()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V2, TestSetup.Test, "99.99", "100", "100.01", "100");
        h.Intent(TestSetup.Test, Side.Sell, "10", ExecutionUrgency.Passive, limit: "100.05");
        Assert.Equal([(TestSetup.V2, "10", "100.05", '0')], Children(h));
    }

    [Fact]
    public void QuantitiesAreRoundedDownToLotsAndBelowTheMinimumAreNotRouted()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Btc, "49999.5", "5", "50000", "5");
        var intent = new HedgeIntent
        {
            Instrument = TestSetup.Btc, Side = Side.Buy, Quantity = Quantity.Parse("0.0159", 4),
            Urgency = ExecutionUrgency.Aggressive, Reason = RebalanceReason.DeltaBand,
        };
        h.Engine.OnHedgeIntent(in intent, h.Now);
        Assert.Equal("0.015", h.Wire.Last.OrderQty!.Value.ToString());

        h.Quote(TestSetup.V1, TestSetup.Test, "99.90", "100", "100.00", "100");
        IntentResult small = h.Intent(TestSetup.Test, Side.Buy, "1", ExecutionUrgency.Aggressive);
        Assert.Equal(RouteReason.BelowMinimumSize, small.Route);
    }

    [Fact]
    public void AVenueShareBelowTheMinimumSizeIsNotSentAndCountsAsUnrouted()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V2, TestSetup.Test, "99.90", "100", "100.00", "1"); // best, but only one lot
        h.Quote(TestSetup.V1, TestSetup.Test, "99.90", "100", "100.01", "100");
        IntentResult result = h.Intent(TestSetup.Test, Side.Buy, "5", ExecutionUrgency.Aggressive);
        Assert.Equal([(TestSetup.V1, "4", "100.01", '3')], Children(h));
        Assert.Equal(1, result.UnroutedQuantity);
    }

    [Fact]
    public void NoRouteReasonsSayWhy()
    {
        var h = new EngineHarness();
        Assert.Equal(RouteReason.NoReferencePrice, h.Intent(TestSetup.Test, Side.Buy, "5", ExecutionUrgency.Aggressive).Route);
        var unknown = new HedgeIntent
        {
            Instrument = new Core.Ids.InstrumentId(42), Side = Side.Buy, Quantity = new Quantity(1, 0),
            Urgency = ExecutionUrgency.Aggressive, Reason = RebalanceReason.Manual,
        };
        Assert.Equal(RouteReason.UnknownInstrument, h.Engine.OnHedgeIntent(in unknown, h.Now).Route);

        h.Quote(TestSetup.V1, TestSetup.Test, "99.90", "100", "100.00", "5");
        h.Book(TestSetup.V1, TestSetup.Test, [("99.90", "100")], []); // offers gone; the reference (mid) stays
        Assert.Equal(RouteReason.NoLiquidity, h.Intent(TestSetup.Test, Side.Buy, "5", ExecutionUrgency.Aggressive).Route);
        Assert.Equal(1, h.Engine.Metrics.Read(RouteReason.NoLiquidity));
    }

    [Fact]
    public void RoutingIsDeterministic()
    {
        List<(Core.Ids.VenueId, string, string, char)> Run()
        {
            var h = new EngineHarness();
            h.Book(TestSetup.V1, TestSetup.Test, [("99.90", "100")], [("100.00", "3"), ("100.01", "3")]);
            h.Book(TestSetup.V2, TestSetup.Test, [("99.90", "100")], [("100.03", "3"), ("100.04", "3")]);
            h.Book(TestSetup.V3, TestSetup.Test, [("99.90", "100")], [("99.96", "3"), ("100.00", "3")]);
            h.Intent(TestSetup.Test, Side.Buy, "14", ExecutionUrgency.Aggressive);
            return Children(h);
        }

        var first = Run();
        Assert.Equal(3, first.Count);
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(first, Run());
        }
    }

    [Fact]
    public void AChildNeverExceedsTheMaximumOrderSizeTheRestGoesElsewhere()
    {
        var h = new EngineHarness(); // TEST max order quantity 100
        h.Quote(TestSetup.V2, TestSetup.Test, "99.90", "500", "100.00", "500");
        h.Quote(TestSetup.V1, TestSetup.Test, "99.90", "500", "100.01", "500");
        IntentResult result = h.Intent(TestSetup.Test, Side.Buy, "130", ExecutionUrgency.Aggressive);
        Assert.Equal([(TestSetup.V2, "100", "100.00", '3'), (TestSetup.V1, "30", "100.01", '3')], Children(h));
        Assert.Equal(2, result.Sent);
    }

    [Fact]
    public void ImmediateTopsItsChildrenUpOnlyToTheMaximumOrderSize()
    {
        // TEST max order quantity 100, position limit 150; notional raised so the size limit is what binds
        var h = new EngineHarness(TestSetup.Config(test: TestSetup.TestSettings with { MaxOrderNotional = 20_000 }));
        h.Quote(TestSetup.V1, TestSetup.Test, "99.98", "500", "100.02", "30");
        h.Quote(TestSetup.V2, TestSetup.Test, "99.98", "500", "100.02", "20");
        IntentResult result = h.Intent(TestSetup.Test, Side.Buy, "140", ExecutionUrgency.Immediate);
        Assert.Equal([(TestSetup.V2, "100", "101.00", '3'), (TestSetup.V1, "40", "101.00", '3')], Children(h));
        Assert.Equal(0, result.UnroutedQuantity);
        Assert.Equal(new Quantity(140, 0), h.Engine.OpenQuantity(TestSetup.Test, Side.Buy));
        Assert.Equal(new Quantity(0, 0), h.Engine.OpenQuantity(TestSetup.Test, Side.Sell));
    }

    [Fact]
    public void ImmediateWithNothingDisplayedWithinTheBoundStillSendsToTheBestVenue()
    {
        var h = new EngineHarness();
        h.Quote(TestSetup.V1, TestSetup.Test, "99.98", "500", "100.02", "30");
        h.Quote(TestSetup.V2, TestSetup.Test, "99.98", "500", "100.02", "30");
        IntentResult result = h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Immediate, limit: "100.01");
        Assert.Equal([(TestSetup.V2, "10", "100.01", '3')], Children(h)); // V2: lower taker fee
        Assert.Equal(1, result.Sent);
    }
}
