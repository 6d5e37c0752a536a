using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;
using LowLatency.Venue.Tests.Support;

namespace LowLatency.Venue.Tests.Matching;

public class SelfTradeAndMassCancelTests
{
    private readonly VenueFixture _venue = new();

    [Fact]
    public void AnIncomingOrderCancelsItsOwnersRestingOrderInsteadOfTradingAndKeepsMatching()
    {
        _venue.Sell(1, "other1", "100.00", "2");
        _venue.Sell(2, "mine", "100.00", "5");
        _venue.Sell(1, "other2", "100.00", "2");
        _venue.Log.Clear();

        _venue.Buy(2, "b1", "100.00", "4");

        ExecutionReport stp = Assert.Single(_venue.ExecutionsFor("mine"));
        Assert.Equal((ExecType.Canceled, CancelReason.SelfTradePrevention), (stp.ExecType, stp.CancelReason));
        Assert.All(_venue.Log.Trades, t => Assert.Equal(VenueFixture.Qty("2"), t.Quantity));
        Assert.Equal(2, _venue.Log.Trades.Count);
        Assert.Equal(OrderStatus.Filled, _venue.ExecutionsFor("b1")[^1].Status);
        Assert.Equal(0, _venue.Book.LevelCount(Side.Sell));
        Assert.DoesNotContain(_venue.Log.Executions, e => e.ExecType == ExecType.Trade && e.Owner == 2 && e.Liquidity == LiquidityIndicator.Maker);
    }

    [Fact]
    public void CancelAllForOwnerCancelsOnlyThatOwnersOrdersAcrossBooks()
    {
        _venue.Buy(1, "a", "100.00", "1");
        _venue.Buy(2, "b", "100.00", "1");
        _venue.Sell(1, "c", "101.00", "1");
        _venue.Limit(1, "d", Side.Buy, "50.0", "0.001", instrument: VenueFixture.Btc);
        _venue.Log.Clear();

        _venue.Engine.CancelAllForOwner(1);

        Assert.Equal(["a", "c", "d"], _venue.Log.Executions.Select(e => e.ClientOrderId.ToString()).Order());
        Assert.All(_venue.Log.Executions, e => Assert.Equal((ExecType.Canceled, CancelReason.MassCancel), (e.ExecType, e.CancelReason)));
        Assert.Equal(["b"], _venue.Queue(Side.Buy));
        Assert.Equal(0, _venue.Book.LevelCount(Side.Sell));
        Assert.Equal(0, _venue.Engine.GetBook(VenueFixture.Btc).OpenOrderCount);
        Assert.Equal(2, _venue.Log.Batches.Count);
    }

    [Fact]
    public void CancelAllForAnOwnerWithNoOrdersEmitsNothing()
    {
        _venue.Buy(1, "a", "100.00", "1");
        _venue.Log.Clear();

        _venue.Engine.CancelAllForOwner(9);

        Assert.Empty(_venue.Log.All);
    }
}
