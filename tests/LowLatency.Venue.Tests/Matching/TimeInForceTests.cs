using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;
using LowLatency.Venue.Tests.Support;

namespace LowLatency.Venue.Tests.Matching;

public class TimeInForceTests
{
    private readonly VenueFixture _venue = new();

    [Fact]
    public void AnIocOrderTradesWhatCrossesAndItsRemainderIsCancelledNotRested()
    {
        _venue.Sell(1, "s1", "100.00", "3");

        _venue.Buy(2, "ioc", "100.00", "5", TimeInForce.ImmediateOrCancel);

        var reports = _venue.ExecutionsFor("ioc");
        Assert.Equal([ExecType.New, ExecType.Trade, ExecType.Canceled], reports.Select(r => r.ExecType));
        ExecutionReport cancel = reports[^1];
        Assert.Equal(OrderStatus.Canceled, cancel.Status);
        Assert.Equal(CancelReason.ImmediateOrCancel, cancel.CancelReason);
        Assert.Equal(VenueFixture.Qty("3"), cancel.CumulativeQuantity);
        Assert.True(cancel.LeavesQuantity.IsZero);
        Assert.Equal(0, _venue.Book.LevelCount(Side.Buy));
        Assert.Equal(0, _venue.Book.OpenOrderCount);
    }

    [Fact]
    public void AnIocOrderThatCrossesNothingLeavesTheBookAndItsMarketDataUntouched()
    {
        _venue.Sell(1, "s1", "101.00", "3");
        long sequence = _venue.Book.Sequence;
        _venue.Log.Clear();

        _venue.Buy(2, "ioc", "100.00", "5", TimeInForce.ImmediateOrCancel);

        Assert.Equal([ExecType.New, ExecType.Canceled], _venue.Log.Executions.Select(e => e.ExecType));
        Assert.Empty(_venue.Log.Levels);
        Assert.Empty(_venue.Log.Batches);
        Assert.Equal(sequence, _venue.Book.Sequence);
    }

    [Fact]
    public void AFokOrderThatCannotFillCompletelyIsKilledWithoutTrading()
    {
        _venue.Sell(1, "s1", "100.00", "3");
        _venue.Sell(1, "s2", "100.01", "3");
        _venue.Sell(1, "s3", "100.02", "3");
        _venue.Log.Clear();

        _venue.Buy(2, "fok", "100.01", "7", TimeInForce.FillOrKill);

        Assert.Equal([ExecType.New, ExecType.Canceled], _venue.Log.Executions.Select(e => e.ExecType));
        Assert.Equal(CancelReason.FillOrKill, _venue.Log.Executions[^1].CancelReason);
        Assert.Empty(_venue.Log.Trades);
        Assert.Equal(3, _venue.Book.LevelCount(Side.Sell));
    }

    [Fact]
    public void AFokOrderThatCanFillCompletelyFillsAcrossLevels()
    {
        _venue.Sell(1, "s1", "100.00", "3");
        _venue.Sell(1, "s2", "100.01", "3");
        _venue.Sell(1, "s3", "100.02", "3");

        _venue.Buy(2, "fok", "100.02", "7", TimeInForce.FillOrKill);

        ExecutionReport last = _venue.ExecutionsFor("fok")[^1];
        Assert.Equal(OrderStatus.Filled, last.Status);
        Assert.Equal(VenueFixture.Qty("7"), last.CumulativeQuantity);
        Assert.Equal([("100.02", "2", 1)], _venue.Levels(Side.Sell));
    }

    [Fact]
    public void AFokOrderDoesNotCountItsOwnersRestingLiquidity()
    {
        _venue.Sell(2, "mine", "100.00", "5");
        _venue.Sell(1, "theirs", "100.00", "3");

        _venue.Buy(2, "fok", "100.00", "5", TimeInForce.FillOrKill);

        Assert.Equal(CancelReason.FillOrKill, _venue.ExecutionsFor("fok")[^1].CancelReason);
        Assert.Empty(_venue.Log.Trades);
        Assert.Equal(["mine", "theirs"], _venue.Queue(Side.Sell));
    }

    [Fact]
    public void AMarketOrderSweepsTheBookAndItsRemainderIsCancelled()
    {
        _venue.Buy(1, "b1", "99.00", "2");
        _venue.Buy(1, "b2", "98.00", "2");

        _venue.Market(2, "mkt", Side.Sell, "5", TimeInForce.Day);

        var reports = _venue.ExecutionsFor("mkt");
        Assert.Equal([ExecType.New, ExecType.Trade, ExecType.Trade, ExecType.Canceled], reports.Select(r => r.ExecType));
        Assert.Equal(CancelReason.MarketOrderRemainder, reports[^1].CancelReason);
        Assert.Equal(VenueFixture.Px("98.5000"), reports[^1].AveragePrice);
        Assert.Equal(0, _venue.Book.LevelCount(Side.Buy));
        Assert.Equal(0, _venue.Book.LevelCount(Side.Sell));
    }

    [Fact]
    public void AMarketOrderIntoAnEmptySideIsAcknowledgedThenCancelled()
    {
        _venue.Market(2, "mkt", Side.Buy, "5");

        Assert.Equal([ExecType.New, ExecType.Canceled], _venue.Log.Executions.Select(e => e.ExecType));
        Assert.Equal(OrderStatus.Canceled, _venue.Log.Executions[^1].Status);
        Assert.True(_venue.Log.Executions[^1].Price.IsZero);
    }

    [Fact]
    public void AMarketFokOrderIsKilledWhenTheBookIsTooThin()
    {
        _venue.Sell(1, "s1", "100.00", "2");

        _venue.Market(2, "mkt", Side.Buy, "5", TimeInForce.FillOrKill);

        Assert.Equal(CancelReason.FillOrKill, _venue.Log.Executions[^1].CancelReason);
        Assert.Empty(_venue.Log.Trades);
    }

    [Fact]
    public void DayOrdersExpireAtTheEndOfTheSessionAndGtcOrdersStay()
    {
        _venue.Buy(1, "day", "100.00", "1");
        _venue.Buy(1, "gtc", "100.00", "1", TimeInForce.GoodTillCancel);
        _venue.Sell(2, "day2", "101.00", "1");
        _venue.Log.Clear();

        _venue.Engine.ExpireDayOrders();

        Assert.Equal(["day", "day2"], _venue.Log.Executions.Select(e => e.ClientOrderId.ToString()).Order());
        Assert.All(_venue.Log.Executions, e => Assert.Equal((ExecType.Expired, OrderStatus.Expired, CancelReason.EndOfDay), (e.ExecType, e.Status, e.CancelReason)));
        Assert.Equal(["gtc"], _venue.Queue(Side.Buy));
        Assert.Equal(0, _venue.Book.LevelCount(Side.Sell));
    }
}
