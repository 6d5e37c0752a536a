using LowLatency.Execution.Config;
using LowLatency.Execution.Engine;
using LowLatency.Execution.Metrics;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Risk;
using LowLatency.Execution.Routing;
using LowLatency.Execution.Tests.Support;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Tests.Risk;

public class KillSwitchTests
{
    private static EngineHarness WithBooks(ExecutionConfig? config = null)
    {
        var h = new EngineHarness(config);
        h.Quote(TestSetup.V1, TestSetup.Test, "99.99", "500", "100.01", "500"); // TEST only on V1
        h.Quote(TestSetup.V2, TestSetup.Eth, "2000.00", "50", "2000.02", "50"); // ETH only on V2
        return h;
    }

    private static SentMessage RestingOrder(EngineHarness h, Model.Orders.Side side, Core.Ids.InstrumentId instrument, string qty)
    {
        IntentResult result = h.Intent(instrument, side, qty, ExecutionUrgency.Passive);
        Assert.True(result.AllSent, result.ToString());
        SentMessage nos = h.Wire.Last;
        Assert.Equal(ReportOutcome.Acknowledged, h.Ack(nos));
        return nos;
    }

    [Fact]
    public void AManualTripBlocksNewOrdersAndCancelsEveryOpenOrderUntilReset()
    {
        EngineHarness h = WithBooks();
        SentMessage test = RestingOrder(h, Side.Buy, TestSetup.Test, "10");
        SentMessage eth = RestingOrder(h, Side.Sell, TestSetup.Eth, "1");

        h.Engine.Trip(KillSwitchCause.Manual, h.Now);

        List<SentMessage> cancels = h.Wire.OfType("F");
        Assert.Equal(2, cancels.Count);
        Assert.Contains(cancels, c => c.OrigClOrdId == test.ClOrdId && c.Venue == TestSetup.V1);
        Assert.Contains(cancels, c => c.OrigClOrdId == eth.ClOrdId && c.Venue == TestSetup.V2);
        Assert.Equal(RouteReason.KillSwitch, h.Intent(TestSetup.Test, Side.Buy, "5", ExecutionUrgency.Aggressive).Route);
        Assert.Contains((KillSwitchCause.Manual, (Core.Ids.VenueId?)null, true), h.Events.Kills);

        Assert.Equal(ReportOutcome.Canceled, h.Canceled(cancels[0]));
        Assert.Equal(ReportOutcome.Canceled, h.Canceled(cancels[1]));
        Assert.Equal(0, h.Engine.OpenOrderCount);

        h.Engine.ResetKillSwitch();
        Assert.Equal(1, h.Intent(TestSetup.Test, Side.Buy, "5", ExecutionUrgency.Aggressive).Sent);
    }

    [Fact]
    public void RejectsUpToTheThresholdWithinTheWindowTripTheSwitch()
    {
        EngineHarness h = WithBooks(); // RejectsToTrip = 5 within 1 s
        SentMessage resting = RestingOrder(h, Side.Buy, TestSetup.Test, "3");
        for (int i = 0; i < 4; i++)
        {
            // buys: a sell would hit our own resting bid (self-cross prevention)
            Assert.Equal(1, h.Intent(TestSetup.Test, Side.Buy, (2 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), ExecutionUrgency.Aggressive).Sent);
            Assert.Equal(ReportOutcome.Rejected, h.Rejected(h.Wire.Last));
            h.Advance(200_000_000);
        }

        Assert.False(h.Engine.KillSwitch.IsActive);
        Assert.Equal(1, h.Intent(TestSetup.Test, Side.Buy, "9", ExecutionUrgency.Aggressive).Sent);
        h.Advance(200_000_000); // the 5th reject lands exactly 1 s after the 1st: still inside the window
        h.Rejected(h.Wire.Last);
        Assert.True(h.Engine.KillSwitch.IsActive);
        Assert.Equal(KillSwitchCause.RejectStorm, h.Engine.KillSwitch.Cause);
        Assert.Equal(resting.ClOrdId, h.Wire.Last.OrigClOrdId); // and it cancelled the resting order
        Assert.Equal(1, h.Engine.Metrics.Read(ExecutionCounter.KillSwitchTrips));
    }

    [Fact]
    public void RejectsSpreadWiderThanTheWindowDoNotTrip()
    {
        EngineHarness h = WithBooks();
        for (int i = 0; i < 10; i++)
        {
            h.Intent(TestSetup.Test, Side.Sell, (2 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), ExecutionUrgency.Aggressive);
            h.Rejected(h.Wire.Last);
            h.Advance(250_000_001); // five rejects span just over 1 s
            h.Quote(TestSetup.V1, TestSetup.Test, "99.99", "500", "100.01", "500");
        }

        Assert.False(h.Engine.KillSwitch.IsActive);
        Assert.Equal(10, h.Engine.Metrics.Read(ExecutionCounter.OrdersRejected));
    }

    [Fact]
    public void ABreachFlaggedByTheCallerTripsTheSwitch()
    {
        EngineHarness h = WithBooks();
        RestingOrder(h, Side.Buy, TestSetup.Test, "3");
        h.Engine.FlagBreach(h.Now);
        Assert.Equal(KillSwitchCause.Breach, h.Engine.KillSwitch.Cause);
        Assert.Single(h.Wire.OfType("F"));
        Assert.Equal(RouteReason.KillSwitch, h.Intent(TestSetup.Eth, Side.Buy, "1", ExecutionUrgency.Passive).Route);
    }

    [Fact]
    public void AVenueDisconnectCancelsThatVenuesOrdersWhenItCanAndBlocksItUntilReset()
    {
        EngineHarness h = WithBooks();
        SentMessage onV1 = RestingOrder(h, Side.Buy, TestSetup.Test, "10");
        SentMessage onV2 = RestingOrder(h, Side.Buy, TestSetup.Eth, "1");

        h.Wire.SetDown(TestSetup.V1, true);
        h.Engine.OnVenueDisconnected(TestSetup.V1, h.Now);
        Assert.Empty(h.Wire.OfType("F")); // the session is down: nothing can go out yet
        Assert.True(h.Engine.KillSwitch.IsVenueActive(0));
        Assert.False(h.Engine.KillSwitch.IsActive);
        Assert.Contains((KillSwitchCause.VenueDisconnect, (Core.Ids.VenueId?)TestSetup.V1, true), h.Events.Kills);

        // The other venue keeps trading.
        Assert.Equal(1, h.Intent(TestSetup.Eth, Side.Buy, "1", ExecutionUrgency.Aggressive).Sent);

        h.Wire.SetDown(TestSetup.V1, false);
        h.Engine.OnVenueConnected(TestSetup.V1, h.Now);
        h.Engine.Poll(h.Now);
        SentMessage cancel = Assert.Single(h.Wire.OfType("F"));
        Assert.Equal(onV1.ClOrdId, cancel.OrigClOrdId);
        Assert.Equal(TestSetup.V1, cancel.Venue);
        Assert.Equal(OrderState.New, h.Order(onV2).State);

        // Still blocked for new orders (fresh book, session up) until the operator resets the venue.
        h.Quote(TestSetup.V1, TestSetup.Test, "99.99", "500", "100.01", "500");
        IntentResult blocked = h.Intent(TestSetup.Test, Side.Buy, "5", ExecutionUrgency.Aggressive);
        Assert.Equal(RouteReason.NoHealthyVenue, blocked.Route);
        h.Engine.ResetVenueKillSwitch(TestSetup.V1);
        Assert.Equal(1, h.Intent(TestSetup.Test, Side.Buy, "5", ExecutionUrgency.Aggressive).Sent);
    }

    [Fact]
    public void ACancelWantedWhileTheNewIsUnacknowledgedGoesOutWhenTheAckArrives()
    {
        EngineHarness h = WithBooks(TestSetup.Config(orders: new OrderSettings { Capacity = 64, ClOrdIdPrefix = "T-", MaxInFlightPerOrder = 1 }));
        h.Intent(TestSetup.Test, Side.Buy, "10", ExecutionUrgency.Passive);
        SentMessage nos = h.Wire.Last;
        h.Engine.Trip(KillSwitchCause.Manual, h.Now);
        Assert.Empty(h.Wire.OfType("F")); // one request in flight at most
        h.Ack(nos);
        SentMessage cancel = Assert.Single(h.Wire.OfType("F"));
        Assert.Equal(nos.ClOrdId, cancel.OrigClOrdId);
    }

    [Fact]
    public void AnOverfillTripsTheSwitch()
    {
        EngineHarness h = WithBooks();
        h.Intent(TestSetup.Test, Side.Buy, "5", ExecutionUrgency.Aggressive);
        Assert.Equal(ReportOutcome.Overfilled, h.Fill(h.Wire.Last, "6", "100.01", "6"));
        Assert.Equal(KillSwitchCause.Overfill, h.Engine.KillSwitch.Cause);
        Assert.Equal(new Core.FixedPoint.Quantity(6, 0), h.Engine.Positions.Get(TestSetup.Test).NetQuantity); // what happened is booked
    }
}
