using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;
using LowLatency.Venue.Tests.Support;

namespace LowLatency.Venue.Tests.Matching;

public class CancelReplaceTests
{
    private readonly VenueFixture _venue = new();

    [Fact]
    public void ACancelRemovesTheOrderAndReportsBothClientOrderIds()
    {
        _venue.Buy(1, "b1", "100.00", "10");
        _venue.Sell(2, "s1", "100.00", "4");
        _venue.Log.Clear();

        _venue.Cancel(1, "c1", "b1");

        ExecutionReport cancel = Assert.Single(_venue.Log.Executions);
        Assert.Equal((ExecType.Canceled, OrderStatus.Canceled, CancelReason.Requested), (cancel.ExecType, cancel.Status, cancel.CancelReason));
        Assert.Equal("c1", cancel.ClientOrderId.ToString());
        Assert.Equal("b1", cancel.OrigClientOrderId.ToString());
        Assert.Equal(VenueFixture.Qty("4"), cancel.CumulativeQuantity);
        Assert.True(cancel.LeavesQuantity.IsZero);
        Assert.Equal(BookUpdateAction.Delete, Assert.Single(_venue.Log.Levels).Action);
        Assert.Single(_venue.Log.Batches);
        Assert.False(_venue.Book.TryGetOrder(1, VenueFixture.Id("b1"), out _));
        Assert.Equal(0, _venue.Book.OpenOrderCount);
    }

    [Fact]
    public void CancellingOneOfSeveralOrdersAtALevelChangesTheLevelAndKeepsTheOthersQueued()
    {
        _venue.Buy(1, "b1", "100.00", "1");
        _venue.Buy(1, "b2", "100.00", "2");
        _venue.Buy(1, "b3", "100.00", "3");

        _venue.Cancel(1, "c", "b2");

        Assert.Equal(["b1", "b3"], _venue.Queue(Side.Buy));
        Assert.Equal(new BookLevelUpdate(VenueFixture.Acme, 4, BookUpdateAction.Change, Side.Buy, VenueFixture.Px("100.00"), VenueFixture.Qty("4"), 2), _venue.Log.Levels[^1]);
    }

    [Fact]
    public void CancellingAnUnknownOrderIsRejectedAsUnknownWithStatusRejected()
    {
        _venue.Cancel(1, "c1", "nope");

        CancelReject reject = Assert.Single(_venue.Log.CancelRejects);
        Assert.Equal((CancelRejectReason.UnknownOrder, OrderStatus.Rejected, CancelRejectResponseTo.Cancel, 0L), (reject.Reason, reject.Status, reject.ResponseTo, reject.OrderId));
        Assert.Equal("nope", reject.OrigClientOrderId.ToString());
        Assert.Empty(_venue.Log.Executions);
        Assert.False(MatchingText.Describe(reject.Reason).IsEmpty);
    }

    [Fact]
    public void CancellingAFilledOrderIsTooLateAndRejectedAsUnknown()
    {
        _venue.Buy(1, "b1", "100.00", "1");
        _venue.Sell(2, "s1", "100.00", "1");

        _venue.Cancel(1, "c1", "b1");

        Assert.Equal(CancelRejectReason.UnknownOrder, Assert.Single(_venue.Log.CancelRejects).Reason);
    }

    [Fact]
    public void AnotherOwnerCannotCancelYourOrder()
    {
        _venue.Buy(1, "b1", "100.00", "1");

        _venue.Cancel(2, "c1", "b1");

        Assert.Equal(CancelRejectReason.UnknownOrder, Assert.Single(_venue.Log.CancelRejects).Reason);
        Assert.Equal(1, _venue.Book.OpenOrderCount);
    }

    [Fact]
    public void ASizeDecreaseAtTheSamePriceKeepsQueuePriority()
    {
        _venue.Buy(1, "b1", "100.00", "10");
        _venue.Buy(2, "b2", "100.00", "10");
        _venue.Log.Clear();

        _venue.Replace(1, "b1r", "b1", Side.Buy, "100.00", "4");

        ExecutionReport replaced = Assert.Single(_venue.Log.Executions);
        Assert.Equal((ExecType.Replaced, OrderStatus.New), (replaced.ExecType, replaced.Status));
        Assert.Equal(("b1r", "b1"), (replaced.ClientOrderId.ToString(), replaced.OrigClientOrderId.ToString()));
        Assert.Equal(VenueFixture.Qty("4"), replaced.LeavesQuantity);
        Assert.Equal(["b1r", "b2"], _venue.Queue(Side.Buy));
        Assert.Equal([("100.00", "14", 2)], _venue.Levels(Side.Buy));
        Assert.True(_venue.Book.TryGetOrder(1, VenueFixture.Id("b1r"), out _));
        Assert.False(_venue.Book.TryGetOrder(1, VenueFixture.Id("b1"), out _));
    }

    [Fact]
    public void ASizeIncreaseLosesQueuePriority()
    {
        _venue.Buy(1, "b1", "100.00", "10");
        _venue.Buy(2, "b2", "100.00", "10");

        _venue.Replace(1, "b1r", "b1", Side.Buy, "100.00", "11");

        Assert.Equal(["b2", "b1r"], _venue.Queue(Side.Buy));
        Assert.Equal([("100.00", "21", 2)], _venue.Levels(Side.Buy));
    }

    [Fact]
    public void APriceChangeLosesQueuePriorityEvenWhenThePriceLaterReturns()
    {
        _venue.Buy(1, "b1", "100.00", "10");
        _venue.Buy(2, "b2", "100.00", "10");

        _venue.Replace(1, "b1r", "b1", Side.Buy, "99.99", "10");
        Assert.Equal([("100.00", "10", 1), ("99.99", "10", 1)], _venue.Levels(Side.Buy));
        _venue.Replace(1, "b1rr", "b1r", Side.Buy, "100.00", "5");

        Assert.Equal(["b2", "b1rr"], _venue.Queue(Side.Buy));
        Assert.Equal(1, _venue.Book.LevelCount(Side.Buy));
    }

    [Fact]
    public void AReplaceThatKeepsTheClientOrderIdIsAllowed()
    {
        _venue.Buy(1, "b1", "100.00", "10");

        _venue.Replace(1, "b1", "b1", Side.Buy, "100.00", "8");

        Assert.Equal(ExecType.Replaced, _venue.Log.Executions[^1].ExecType);
        Assert.Equal([("100.00", "8", 1)], _venue.Levels(Side.Buy));
    }

    [Fact]
    public void AReplaceToACrossingPriceTradesImmediately()
    {
        _venue.Sell(1, "s1", "101.00", "4");
        _venue.Buy(2, "b1", "100.00", "10");
        _venue.Log.Clear();

        _venue.Replace(2, "b1r", "b1", Side.Buy, "101.00", "10");

        Assert.Equal([ExecType.Replaced, ExecType.Trade], _venue.ExecutionsFor("b1r").Select(e => e.ExecType));
        Assert.Equal(VenueFixture.Qty("4"), _venue.ExecutionsFor("b1r")[^1].CumulativeQuantity);
        Assert.Equal([("101.00", "6", 1)], _venue.Levels(Side.Buy));
        Assert.Equal(0, _venue.Book.LevelCount(Side.Sell));
        Assert.Single(_venue.Log.Batches);
    }

    [Fact]
    public void AReplaceOfAPartiallyFilledOrderKeepsCumulativeQuantityAndCountsTheNewTotal()
    {
        _venue.Buy(1, "b1", "100.00", "10");
        _venue.Sell(2, "s1", "100.00", "6");

        _venue.Replace(1, "b1r", "b1", Side.Buy, "100.00", "8");

        ExecutionReport replaced = _venue.Log.Executions[^1];
        Assert.Equal(OrderStatus.PartiallyFilled, replaced.Status);
        Assert.Equal((VenueFixture.Qty("8"), VenueFixture.Qty("6"), VenueFixture.Qty("2")), (replaced.OrderQuantity, replaced.CumulativeQuantity, replaced.LeavesQuantity));
        Assert.Equal(VenueFixture.Px("100"), replaced.AveragePrice);
    }

    [Theory]
    [InlineData("b1", "nope", Side.Buy, "100.00", "5", CancelRejectReason.UnknownOrder)]
    [InlineData("b1r", "b1", Side.Sell, "100.00", "5", CancelRejectReason.SideMismatch)]
    [InlineData("b1r", "b1", Side.Buy, "100.005", "5", CancelRejectReason.PriceNotOnTick)]
    [InlineData("b1r", "b1", Side.Buy, "0.00", "5", CancelRejectReason.PriceNotPositive)]
    [InlineData("b1r", "b1", Side.Buy, "100.00", "0", CancelRejectReason.QuantityNotPositive)]
    [InlineData("b1r", "b1", Side.Buy, "100.00", "2.5", CancelRejectReason.QuantityNotLotMultiple)]
    [InlineData("b1r", "b1", Side.Buy, "100.00", "3", CancelRejectReason.QuantityNotAboveFilled)]
    [InlineData("other", "b1", Side.Buy, "100.00", "5", CancelRejectReason.DuplicateClientOrderId)]
    public void AnInvalidReplaceIsRejectedWithAReasonAndLeavesTheOrderUntouched(string id, string orig, Side side, string price, string qty, CancelRejectReason expected)
    {
        _venue.Buy(1, "b1", "100.00", "10");
        _venue.Buy(1, "other", "99.00", "1");
        _venue.Sell(2, "s1", "100.00", "3");
        _venue.Log.Clear();

        _venue.Replace(1, id, orig, side, price, qty);

        CancelReject reject = Assert.Single(_venue.Log.CancelRejects);
        Assert.Equal((expected, CancelRejectResponseTo.Replace), (reject.Reason, reject.ResponseTo));
        Assert.Equal(expected == CancelRejectReason.UnknownOrder ? OrderStatus.Rejected : OrderStatus.PartiallyFilled, reject.Status);
        Assert.False(MatchingText.Describe(reject.Reason).IsEmpty);
        Assert.Empty(_venue.Log.Executions);
        Assert.Empty(_venue.Log.Levels);
        Assert.True(_venue.Book.TryGetOrder(1, VenueFixture.Id("b1"), out OrderView b1));
        Assert.Equal(VenueFixture.Qty("7"), b1.LeavesQuantity);
    }

    [Fact]
    public void CancelAndReplaceForAnUnknownInstrumentAreRejected()
    {
        var unknown = new Core.Ids.InstrumentId(42);

        _venue.Engine.Cancel(new CancelRequest(unknown, 1, VenueFixture.Id("c"), VenueFixture.Id("o")));
        _venue.Engine.Replace(new ReplaceRequest(unknown, 1, VenueFixture.Id("r"), VenueFixture.Id("o"), Side.Buy, VenueFixture.Px("1"), VenueFixture.Qty("1")));

        Assert.Equal([CancelRejectReason.UnknownInstrument, CancelRejectReason.UnknownInstrument], _venue.Log.CancelRejects.Select(r => r.Reason));
        Assert.Equal([CancelRejectResponseTo.Cancel, CancelRejectResponseTo.Replace], _venue.Log.CancelRejects.Select(r => r.ResponseTo));
    }
}
