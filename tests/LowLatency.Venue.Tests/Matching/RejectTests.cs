using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;
using LowLatency.Venue.Tests.Support;

namespace LowLatency.Venue.Tests.Matching;

public class RejectTests
{
    private readonly VenueFixture _venue = new(capacity: 4);

    public static TheoryData<string, string, OrderRejectReason> BadPricesAndQuantities() => new()
    {
        { "100.001", "1", OrderRejectReason.PriceNotOnTick },
        { "0", "1", OrderRejectReason.PriceNotPositive },
        { "-1.00", "1", OrderRejectReason.PriceNotPositive },
        { "100.00", "0", OrderRejectReason.QuantityNotPositive },
        { "100.00", "-3", OrderRejectReason.QuantityNotPositive },
        { "100.00", "1.5", OrderRejectReason.QuantityNotLotMultiple },
        { "100.00", "1000000000001", OrderRejectReason.QuantityTooLarge },
    };

    [Theory]
    [MemberData(nameof(BadPricesAndQuantities))]
    public void AnOrderWithABadPriceOrQuantityIsRejectedWithAReasonAndNeverReachesTheBook(string price, string qty, OrderRejectReason expected)
    {
        _venue.Buy(1, "b1", price, qty);

        ExecutionReport reject = Assert.Single(_venue.Log.Executions);
        Assert.Equal((ExecType.Rejected, OrderStatus.Rejected, expected), (reject.ExecType, reject.Status, reject.RejectReason));
        Assert.Equal(0, reject.OrderId);
        Assert.Equal("b1", reject.ClientOrderId.ToString());
        Assert.True(reject.LeavesQuantity.IsZero);
        Assert.False(MatchingText.Describe(expected).IsEmpty);
        Assert.Empty(_venue.Log.Levels);
        Assert.Equal(0, _venue.Book.OpenOrderCount);
    }

    [Fact]
    public void APriceWithExtraZeroDecimalsIsOnTheTick()
    {
        _venue.Buy(1, "b1", "100.0100", "1");

        Assert.Equal(ExecType.New, Assert.Single(_venue.Log.Executions).ExecType);
        Assert.Equal([("100.01", "1", 1)], _venue.Levels(Side.Buy));
    }

    [Fact]
    public void AnOrderForAnUnknownInstrumentIsRejected()
    {
        _venue.Engine.Submit(new NewOrderRequest(new InstrumentId(7), 1, VenueFixture.Id("x"), Side.Buy, OrderType.Limit, TimeInForce.Day, VenueFixture.Px("1"), VenueFixture.Qty("1")));

        ExecutionReport reject = Assert.Single(_venue.Log.Executions);
        Assert.Equal(OrderRejectReason.UnknownInstrument, reject.RejectReason);
        Assert.Equal("unknown instrument", Encoding.ASCII.GetString(MatchingText.Describe(reject.RejectReason)));
    }

    [Theory]
    [InlineData((byte)0, OrderType.Limit, TimeInForce.Day, OrderRejectReason.UnsupportedSide)]
    [InlineData((byte)Side.Buy, (OrderType)9, TimeInForce.Day, OrderRejectReason.UnsupportedOrderType)]
    [InlineData((byte)Side.Buy, OrderType.Limit, (TimeInForce)2, OrderRejectReason.UnsupportedTimeInForce)]
    public void AnOrderWithAnUnsupportedSideTypeOrTimeInForceIsRejected(byte side, OrderType type, TimeInForce tif, OrderRejectReason expected)
    {
        _venue.Engine.Submit(new NewOrderRequest(VenueFixture.Acme, 1, VenueFixture.Id("x"), (Side)side, type, tif, VenueFixture.Px("1.00"), VenueFixture.Qty("1")));

        Assert.Equal(expected, Assert.Single(_venue.Log.Executions).RejectReason);
    }

    [Fact]
    public void AClientOrderIdAlreadyLiveForTheOwnerIsRejectedButAnotherOwnerMayUseIt()
    {
        _venue.Buy(1, "same", "100.00", "1");
        _venue.Buy(1, "same", "99.00", "1");
        _venue.Buy(2, "same", "99.00", "1");

        Assert.Equal([ExecType.New, ExecType.Rejected, ExecType.New], _venue.Log.Executions.Select(e => e.ExecType));
        Assert.Equal(OrderRejectReason.DuplicateClientOrderId, _venue.Log.Executions[1].RejectReason);
        Assert.Equal([("100.00", "1", 1), ("99.00", "1", 1)], _venue.Levels(Side.Buy));
    }

    [Fact]
    public void AClientOrderIdCanBeReusedOnceItsOrderIsDone()
    {
        _venue.Buy(1, "id", "100.00", "1");
        _venue.Cancel(1, "c", "id");

        _venue.Buy(1, "id", "100.00", "1");

        Assert.Equal(ExecType.New, _venue.Log.Executions[^1].ExecType);
    }

    [Fact]
    public void AFullBookRejectsNewOrdersUntilACancelFreesASlot()
    {
        for (int i = 0; i < 4; i++)
        {
            _venue.Buy(1, "b" + i, "100.00", "1");
        }

        _venue.Buy(1, "b4", "100.00", "1");
        Assert.Equal(OrderRejectReason.OrderCapacityExceeded, _venue.Log.Executions[^1].RejectReason);

        _venue.Cancel(1, "c", "b0");
        _venue.Sell(2, "s1", "100.00", "2", TimeInForce.ImmediateOrCancel);

        Assert.Equal(OrderStatus.Filled, _venue.ExecutionsFor("s1")[^1].Status);
        Assert.Equal(["b3"], _venue.Queue(Side.Buy));
    }

    [Fact]
    public void AFaultInjectedRejectCarriesItsOwnReasonAndNoOrderId()
    {
        _venue.Engine.Reject(new NewOrderRequest(VenueFixture.Acme, 1, VenueFixture.Id("x"), Side.Buy, OrderType.Limit, TimeInForce.Day, VenueFixture.Px("1.00"), VenueFixture.Qty("1")), OrderRejectReason.SimulatedFault);

        ExecutionReport reject = Assert.Single(_venue.Log.Executions);
        Assert.Equal((ExecType.Rejected, OrderRejectReason.SimulatedFault, 0L), (reject.ExecType, reject.RejectReason, reject.OrderId));
        Assert.Equal(0, _venue.Book.OpenOrderCount);
    }

    [Fact]
    public void AQuantityAtAFinerScaleThanTheLotIsAcceptedWhenExact()
    {
        var price = Price.Parse("100.0", 1);
        _venue.Engine.Submit(new NewOrderRequest(VenueFixture.Btc, 1, VenueFixture.Id("x"), Side.Buy, OrderType.Limit, TimeInForce.Day, price, Quantity.Parse("0.0020", 4)));
        _venue.Engine.Submit(new NewOrderRequest(VenueFixture.Btc, 1, VenueFixture.Id("y"), Side.Buy, OrderType.Limit, TimeInForce.Day, price, Quantity.Parse("0.0025", 4)));
        _venue.Engine.Submit(new NewOrderRequest(VenueFixture.Btc, 1, VenueFixture.Id("z"), Side.Buy, OrderType.Limit, TimeInForce.Day, Price.Parse("100.25", 2), Quantity.Parse("0.002", 3)));

        Assert.Equal(
            [OrderRejectReason.None, OrderRejectReason.QuantityNotLotMultiple, OrderRejectReason.PriceNotOnTick],
            _venue.Log.Executions.Select(e => e.RejectReason));
        Assert.Equal(Quantity.Parse("0.002", 3), _venue.Engine.GetBook(VenueFixture.Btc).GetLevel(Side.Buy, 0).Size);
    }
}
