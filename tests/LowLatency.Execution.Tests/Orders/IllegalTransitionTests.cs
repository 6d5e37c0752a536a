using LowLatency.Execution.Orders;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Tests.Orders;

public class IllegalTransitionTests
{
    public static TheoryData<OrderState, ExecutionKind> DoneStatesAndEveryReport()
    {
        var data = new TheoryData<OrderState, ExecutionKind>();
        foreach (OrderState done in new[] { OrderState.Filled, OrderState.Canceled, OrderState.Rejected, OrderState.Expired, OrderState.DoneForDay })
        {
            foreach (ExecutionKind kind in Enum.GetValues<ExecutionKind>())
            {
                data.Add(done, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DoneStatesAndEveryReport))]
    public void ADoneOrderRefusesEveryReportAndStaysDone(OrderState done, ExecutionKind kind)
    {
        var f = new OrderTableFixture();
        int slot = f.Create(10);
        Drive(f, slot, done);
        Assert.Equal(done, f.At(slot).State);
        long cum = f.At(slot).Cum;

        Assert.Equal(ReportOutcome.OrderAlreadyDone, f.Apply(f.Exec(slot, kind, OrderState.New, cum: 10, lastQty: 1)));
        Assert.Equal(done, f.At(slot).State);
        Assert.Equal(cum, f.At(slot).Cum);
        Assert.Equal(0, f.Table.OpenCount);
    }

    [Theory]
    [InlineData(OrderState.Filled)]
    [InlineData(OrderState.Canceled)]
    [InlineData(OrderState.Rejected)]
    [InlineData(OrderState.Expired)]
    [InlineData(OrderState.DoneForDay)]
    public void ADoneOrderRefusesCancelAndReplaceRequests(OrderState done)
    {
        var f = new OrderTableFixture();
        int slot = f.Create(10);
        Drive(f, slot, done);
        Assert.Equal(OrderRequestResult.OrderDone, f.Table.TryRequestCancel(slot, f.Now, out _));
        Assert.Equal(OrderRequestResult.OrderDone, f.Table.TryRequestReplace(slot, 10_000, 20, f.Now, out _));
    }

    [Fact]
    public void AReplacedReportWithoutAPendingReplaceIsRefused()
    {
        var f = new OrderTableFixture();
        int slot = f.Create();
        f.Apply(f.Exec(slot, ExecutionKind.New, OrderState.New));
        Assert.Equal(ReportOutcome.UnexpectedReplace, f.Apply(f.Exec(slot, ExecutionKind.Replaced, OrderState.New)));
        Assert.Equal(OrderState.New, f.At(slot).State);
    }

    [Fact]
    public void ARejectOfAnAcknowledgedOrderIsRefused()
    {
        var f = new OrderTableFixture();
        int slot = f.Create();
        f.Apply(f.Exec(slot, ExecutionKind.New, OrderState.New));
        Assert.Equal(ReportOutcome.RejectOfLiveOrder, f.Apply(f.Exec(slot, ExecutionKind.Rejected, OrderState.Rejected)));
        Assert.Equal(OrderState.New, f.At(slot).State);
        Assert.Equal(1, f.Table.OpenCount);
    }

    [Fact]
    public void TradeCorrectionsAndOtherUnhandledExecTypesAreRefused()
    {
        var f = new OrderTableFixture();
        int slot = f.Create();
        Assert.Equal(ReportOutcome.UnsupportedExecType, f.Apply(f.Exec(slot, ExecutionKind.Unsupported, OrderState.New)));
        Assert.Equal(OrderState.PendingNew, f.At(slot).State);
    }

    [Fact]
    public void ACancelRejectWithNoRequestPendingIsStale()
    {
        var f = new OrderTableFixture();
        int slot = f.Create();
        f.Apply(f.Exec(slot, ExecutionKind.New, OrderState.New));
        Assert.Equal(ReportOutcome.StaleReject, f.CancelReject(slot));
        Assert.Equal(OrderState.New, f.At(slot).State);
    }

    [Fact]
    public void RequestsDoNotChainAndRespectTheInFlightLimit()
    {
        var f = new OrderTableFixture(maxInFlight: 1);
        int slot = f.Create();
        Assert.Equal(OrderRequestResult.InFlightLimit, f.Table.TryRequestCancel(slot, f.Now, out _));
        f.Apply(f.Exec(slot, ExecutionKind.New, OrderState.New));
        f.Cancel(slot);
        Assert.Equal(OrderRequestResult.AlreadyPending, f.Table.TryRequestCancel(slot, f.Now, out _));
        Assert.Equal(OrderRequestResult.AlreadyPending, f.Table.TryRequestReplace(slot, 10_000, 20, f.Now, out _));
    }

    [Fact]
    public void AReplaceMustLeaveMoreThanTheFilledQuantityAndStayOnTheGrid()
    {
        var f = new OrderTableFixture();
        int slot = f.Create(10);
        f.Apply(f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 4, lastQty: 4));
        Assert.Equal(OrderRequestResult.QuantityNotAboveFilled, f.Table.TryRequestReplace(slot, 10_000, 4, f.Now, out _));
        Assert.Equal(OrderRequestResult.InvalidPrice, f.Table.TryRequestReplace(slot, 0, 8, f.Now, out _));
        Assert.Equal(OrderRequestResult.InvalidQuantity, f.Table.TryRequestReplace(slot, 10_000, -1, f.Now, out _));
        Assert.Equal(OrderRequestResult.Accepted, f.Table.TryRequestReplace(slot, 10_000, 5, f.Now, out _));
    }

    private static void Drive(OrderTableFixture f, int slot, OrderState done)
    {
        switch (done)
        {
            case OrderState.Filled:
                f.Apply(f.Exec(slot, ExecutionKind.Trade, OrderState.Filled, cum: 10, lastQty: 10));
                break;
            case OrderState.Rejected:
                f.Apply(f.Exec(slot, ExecutionKind.Rejected, OrderState.Rejected));
                break;
            case OrderState.Canceled:
                f.Apply(f.Exec(slot, ExecutionKind.Canceled, OrderState.Canceled));
                break;
            case OrderState.Expired:
                f.Apply(f.Exec(slot, ExecutionKind.Expired, OrderState.Expired));
                break;
            case OrderState.DoneForDay:
                f.Apply(f.Exec(slot, ExecutionKind.DoneForDay, OrderState.DoneForDay));
                break;
        }
    }
}
