using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;
using LowLatency.Venue.Tests.Support;

namespace LowLatency.Venue.Tests.Matching;

public class PriceTimePriorityTests
{
    private readonly VenueFixture _venue = new();

    [Fact]
    public void ALimitOrderOnAnEmptyBookIsAcknowledgedAndRestsAsANewLevel()
    {
        _venue.Buy(1, "b1", "100.00", "10");

        ExecutionReport ack = Assert.Single(_venue.Log.Executions);
        Assert.Equal(ExecType.New, ack.ExecType);
        Assert.Equal(OrderStatus.New, ack.Status);
        Assert.Equal(VenueFixture.Qty("10"), ack.LeavesQuantity);
        Assert.True(ack.CumulativeQuantity.IsZero);
        Assert.True(ack.OrderId > 0);
        BookLevelUpdate level = Assert.Single(_venue.Log.Levels);
        Assert.Equal(new BookLevelUpdate(VenueFixture.Acme, 1, BookUpdateAction.New, Side.Buy, VenueFixture.Px("100.00"), VenueFixture.Qty("10"), 1), level);
        Assert.Equal([("100.00", "10", 1)], _venue.Levels(Side.Buy));
        Assert.Equal(1, _venue.Book.OpenOrderCount);
    }

    [Fact]
    public void OrdersAtTheSamePriceFillInArrivalOrder()
    {
        _venue.Sell(1, "s1", "100.00", "5");
        _venue.Sell(2, "s2", "100.00", "5");
        _venue.Sell(3, "s3", "100.00", "5");
        Assert.Equal(["s1", "s2", "s3"], _venue.Queue(Side.Sell));

        _venue.Buy(4, "b1", "100.00", "7");

        var makerFills = _venue.Log.Executions.Where(e => e is { ExecType: ExecType.Trade, Liquidity: LiquidityIndicator.Maker }).ToList();
        Assert.Equal(["s1", "s2"], makerFills.Select(f => f.ClientOrderId.ToString()));
        Assert.Equal([VenueFixture.Qty("5"), VenueFixture.Qty("2")], makerFills.Select(f => f.LastQuantity));
        Assert.Equal(OrderStatus.Filled, makerFills[0].Status);
        Assert.Equal(OrderStatus.PartiallyFilled, makerFills[1].Status);
        Assert.Equal(["s2", "s3"], _venue.Queue(Side.Sell));
        Assert.Equal([("100.00", "8", 2)], _venue.Levels(Side.Sell));
    }

    [Fact]
    public void ABetterPriceFillsBeforeAnEarlierWorsePrice()
    {
        _venue.Sell(1, "worse", "101.00", "5");
        _venue.Sell(2, "better", "100.50", "5");

        _venue.Buy(3, "b1", "101.00", "5");

        ExecutionReport maker = Assert.Single(_venue.Log.Executions, e => e is { ExecType: ExecType.Trade, Liquidity: LiquidityIndicator.Maker });
        Assert.Equal("better", maker.ClientOrderId.ToString());
        Assert.Equal([("101.00", "5", 1)], _venue.Levels(Side.Sell));
    }

    [Fact]
    public void AnIncomingOrderTradesAtTheRestingOrdersPrice()
    {
        _venue.Sell(1, "s1", "99.00", "5");

        _venue.Buy(2, "b1", "105.00", "5");

        TradeReport trade = Assert.Single(_venue.Log.Trades);
        Assert.Equal(VenueFixture.Px("99.00"), trade.Price);
        Assert.Equal(Side.Buy, trade.AggressorSide);
        Assert.All(_venue.Log.Executions.Where(e => e.ExecType == ExecType.Trade), e => Assert.Equal(VenueFixture.Px("99.00"), e.LastPrice));
    }

    [Fact]
    public void AnAggressiveOrderSweepsLevelsThenRestsItsRemainderWithCorrectCumLeavesAndAveragePrice()
    {
        _venue.Sell(1, "s1", "100.00", "3");
        _venue.Sell(1, "s2", "100.01", "3");
        _venue.Sell(1, "s3", "100.05", "3");
        _venue.Log.Clear();

        _venue.Buy(2, "b1", "100.02", "10");

        var taker = _venue.ExecutionsFor("b1");
        Assert.Equal([ExecType.New, ExecType.Trade, ExecType.Trade], taker.Select(e => e.ExecType));
        ExecutionReport last = taker[^1];
        Assert.Equal(OrderStatus.PartiallyFilled, last.Status);
        Assert.Equal(VenueFixture.Qty("6"), last.CumulativeQuantity);
        Assert.Equal(VenueFixture.Qty("4"), last.LeavesQuantity);
        Assert.Equal(VenueFixture.Px("100.005"), last.AveragePrice);
        Assert.Equal(6, last.AveragePrice.Scale);
        Assert.Equal([("100.02", "4", 1)], _venue.Levels(Side.Buy));
        Assert.Equal([("100.05", "3", 1)], _venue.Levels(Side.Sell));
        Assert.Equal(
            [BookUpdateAction.Delete, BookUpdateAction.Delete, BookUpdateAction.New],
            _venue.Log.Levels.Select(l => l.Action));
    }

    [Fact]
    public void APartiallyFilledRestingOrderKeepsItsPlaceAtTheHeadOfTheQueue()
    {
        _venue.Buy(1, "b1", "100.00", "10");
        _venue.Buy(2, "b2", "100.00", "10");

        _venue.Sell(3, "s1", "100.00", "4", TimeInForce.ImmediateOrCancel);
        _venue.Sell(3, "s2", "100.00", "4", TimeInForce.ImmediateOrCancel);

        Assert.Equal(["b1", "b2"], _venue.Queue(Side.Buy));
        Assert.True(_venue.Book.TryGetOrder(1, VenueFixture.Id("b1"), out OrderView b1));
        Assert.Equal(VenueFixture.Qty("2"), b1.LeavesQuantity);
        Assert.Equal(VenueFixture.Qty("8"), b1.CumulativeQuantity);
        Assert.Equal(OrderStatus.PartiallyFilled, b1.Status);
    }

    [Fact]
    public void BooksOfDifferentInstrumentsAreIndependent()
    {
        _venue.Limit(1, "a", Side.Buy, "100.00", "1");
        _venue.Limit(2, "b", Side.Sell, "100.0", "0.002", instrument: VenueFixture.Btc);

        Assert.Empty(_venue.Log.Trades);
        Assert.Equal(1, _venue.Engine.GetBook(VenueFixture.Btc).LevelCount(Side.Sell));
        Assert.Equal(0, _venue.Book.LevelCount(Side.Sell));
        Assert.Equal(1, _venue.Engine.GetBook(VenueFixture.Btc).Sequence);
        Assert.Equal(1, _venue.Book.Sequence);
    }
}
