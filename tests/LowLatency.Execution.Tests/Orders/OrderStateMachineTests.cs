using LowLatency.Execution.Orders;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Tests.Orders;

public class OrderStateMachineTests
{
    private readonly OrderTableFixture _f = new();

    [Fact]
    public void ANewOrderIsPendingNewUntilTheVenueAcknowledgesIt()
    {
        int slot = _f.Create();
        Assert.Equal(OrderState.PendingNew, _f.At(slot).State);
        Assert.Equal(1, _f.At(slot).InFlight);
        Assert.Equal(ReportOutcome.Acknowledged, _f.Apply(_f.Exec(slot, ExecutionKind.New, OrderState.New)));
        Assert.Equal(OrderState.New, _f.At(slot).State);
        Assert.Equal(0, _f.At(slot).InFlight);
    }

    [Fact]
    public void PartialFillsThenTheLastFillFillTheOrder()
    {
        int slot = _f.Create(10);
        _f.Apply(_f.Exec(slot, ExecutionKind.New, OrderState.New));
        Assert.Equal(ReportOutcome.Filled, _f.Apply(_f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 4, lastQty: 4)));
        Assert.Equal(OrderState.PartiallyFilled, _f.At(slot).State);
        Assert.Equal(6, _f.At(slot).Leaves);
        Assert.Equal(ReportOutcome.Filled, _f.Apply(_f.Exec(slot, ExecutionKind.Trade, OrderState.Filled, cum: 10, lastQty: 6)));
        Assert.Equal(OrderState.Filled, _f.At(slot).State);
        Assert.Equal(0, _f.Table.OpenCount);
        Assert.Equal(0, _f.Table.OpenBuy(_f.TestIndex));
    }

    [Fact]
    public void AFillBeforeTheAckImpliesTheAck()
    {
        int slot = _f.Create(10);
        Assert.Equal(ReportOutcome.Filled, _f.Apply(_f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 3, lastQty: 3)));
        Assert.Equal(OrderState.PartiallyFilled, _f.At(slot).State);
        Assert.Equal(0, _f.At(slot).InFlight);
    }

    [Fact]
    public void AnIocThatPartlyTradesEndsCancelledWithItsFillKept()
    {
        int slot = _f.Create(10);
        _f.Apply(_f.Exec(slot, ExecutionKind.New, OrderState.New));
        _f.Apply(_f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 7, lastQty: 7));
        Assert.Equal(ReportOutcome.Canceled, _f.Apply(_f.Exec(slot, ExecutionKind.Canceled, OrderState.Canceled, cum: 7)));
        Assert.Equal(OrderState.Canceled, _f.At(slot).State);
        Assert.Equal(7, _f.At(slot).Cum);
        Assert.Equal(0, _f.Table.OpenCount);
    }

    [Fact]
    public void ARejectedNewOrderIsDoneAndKeepsTheReasonCode()
    {
        int slot = _f.Create();
        OrderReport report = _f.Exec(slot, ExecutionKind.Rejected, OrderState.Rejected);
        report.RejectCode = 3;
        Assert.Equal(ReportOutcome.Rejected, _f.Apply(in report));
        Assert.Equal(OrderState.Rejected, _f.At(slot).State);
        Assert.Equal(3, _f.At(slot).LastRejectCode);
        Assert.Equal(0, _f.Table.OpenCount);
    }

    [Fact]
    public void ACancelRequestGoesPendingCancelThenCancelled()
    {
        int slot = _f.Create();
        _f.Apply(_f.Exec(slot, ExecutionKind.New, OrderState.New));
        _f.Cancel(slot);
        Assert.Equal(OrderState.PendingCancel, _f.At(slot).State);
        Assert.Equal(OrderState.New, _f.At(slot).BaseState);
        Assert.Equal(ReportOutcome.Unchanged, _f.Apply(_f.Exec(slot, ExecutionKind.PendingCancel, OrderState.PendingCancel)));
        Assert.Equal(ReportOutcome.Canceled, _f.Apply(_f.Exec(slot, ExecutionKind.Canceled, OrderState.Canceled)));
        Assert.Equal(OrderState.Canceled, _f.At(slot).State);
    }

    [Fact]
    public void ACancelRejectRestoresTheStateUnderneath()
    {
        int slot = _f.Create(10);
        _f.Apply(_f.Exec(slot, ExecutionKind.New, OrderState.New));
        _f.Apply(_f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 2, lastQty: 2));
        _f.Cancel(slot);
        Assert.Equal(ReportOutcome.CancelRejected, _f.CancelReject(slot));
        Assert.Equal(OrderState.PartiallyFilled, _f.At(slot).State);
        Assert.Equal(RequestKind.None, _f.At(slot).Pending);
    }

    [Fact]
    public void AFillWhileACancelIsPendingKeepsItPendingAndACompleteFillEndsTheOrder()
    {
        int slot = _f.Create(10);
        _f.Apply(_f.Exec(slot, ExecutionKind.New, OrderState.New));
        _f.Cancel(slot);
        Assert.Equal(ReportOutcome.Filled, _f.Apply(_f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 4, lastQty: 4)));
        Assert.Equal(OrderState.PendingCancel, _f.At(slot).State);
        Assert.Equal(OrderState.PartiallyFilled, _f.At(slot).BaseState);
        Assert.Equal(ReportOutcome.Filled, _f.Apply(_f.Exec(slot, ExecutionKind.Trade, OrderState.Filled, cum: 10, lastQty: 6)));
        Assert.Equal(OrderState.Filled, _f.At(slot).State);

        // The venue then refuses the cancel (too late): nothing changes any more.
        var reject = new OrderReport { Kind = OrderReportKind.CancelReject, ClOrdId = _f.At(slot).LastClOrdId, RejectedRequest = RequestKind.Cancel };
        Assert.Equal(ReportOutcome.StaleReject, _f.Apply(in reject));
        Assert.Equal(OrderState.Filled, _f.At(slot).State);
    }

    [Fact]
    public void AReplaceGoesPendingReplaceThenTakesTheNewTerms()
    {
        int slot = _f.Create(10);
        _f.Apply(_f.Exec(slot, ExecutionKind.New, OrderState.New));
        long original = _f.At(slot).ClOrdId;
        _f.Replace(slot, 10_100, 20);
        Assert.Equal(OrderState.PendingReplace, _f.At(slot).State);
        Assert.Equal(20, _f.Table.OpenBuy(_f.TestIndex)); // worst case counts the larger quantity while pending
        Assert.Equal(ReportOutcome.Replaced, _f.Apply(_f.Exec(slot, ExecutionKind.Replaced, OrderState.New)));
        ref Order o = ref _f.At(slot);
        Assert.Equal(OrderState.New, o.State);
        Assert.Equal(10_100, o.Price);
        Assert.Equal(20, o.Quantity);
        Assert.NotEqual(original, o.ClOrdId);
        Assert.True(_f.Table.TryFind(original, out int byOld) && byOld == slot); // reports on the old id still find it
    }

    [Fact]
    public void AReplaceOfAPartlyFilledOrderIsPartlyFilledWithTheNewQuantity()
    {
        int slot = _f.Create(10);
        _f.Apply(_f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 4, lastQty: 4));
        _f.Replace(slot, 10_000, 8);
        Assert.Equal(ReportOutcome.Replaced, _f.Apply(_f.Exec(slot, ExecutionKind.Replaced, OrderState.PartiallyFilled, cum: 4)));
        Assert.Equal(OrderState.PartiallyFilled, _f.At(slot).State);
        Assert.Equal(4, _f.At(slot).Leaves);
    }

    [Fact]
    public void AReplaceRejectKeepsTheOldTerms()
    {
        int slot = _f.Create(10);
        _f.Apply(_f.Exec(slot, ExecutionKind.New, OrderState.New));
        _f.Replace(slot, 10_100, 20);
        Assert.Equal(ReportOutcome.ReplaceRejected, _f.CancelReject(slot, RequestKind.Replace));
        ref Order o = ref _f.At(slot);
        Assert.Equal(OrderState.New, o.State);
        Assert.Equal(10_000, o.Price);
        Assert.Equal(10, o.Quantity);
        Assert.Equal(10, _f.Table.OpenBuy(_f.TestIndex));
    }

    [Theory]
    [InlineData(ExecutionKind.Expired, OrderState.Expired, ReportOutcome.Expired)]
    [InlineData(ExecutionKind.DoneForDay, OrderState.DoneForDay, ReportOutcome.DoneForDay)]
    [InlineData(ExecutionKind.Canceled, OrderState.Canceled, ReportOutcome.Canceled)]
    public void ALiveOrderCanEndExpiredDoneForDayOrCancelledUnsolicited(ExecutionKind kind, OrderState done, ReportOutcome outcome)
    {
        int slot = _f.Create(10);
        _f.Apply(_f.Exec(slot, ExecutionKind.New, OrderState.New));
        _f.Apply(_f.Exec(slot, ExecutionKind.Trade, OrderState.PartiallyFilled, cum: 1, lastQty: 1));
        Assert.Equal(outcome, _f.Apply(_f.Exec(slot, kind, done, cum: 1)));
        Assert.Equal(done, _f.At(slot).State);
        Assert.Equal(0, _f.Table.OpenCount);
    }

    [Fact]
    public void ACancelMayChaseAnUnacknowledgedNewWhenTwoRequestsMayBeInFlight()
    {
        int slot = _f.Create();
        _f.Cancel(slot);
        Assert.Equal(2, _f.At(slot).InFlight);
        Assert.Equal(ReportOutcome.Acknowledged, _f.Apply(_f.Exec(slot, ExecutionKind.New, OrderState.New, clOrdId: _f.At(slot).ClOrdId)));
        Assert.Equal(OrderState.PendingCancel, _f.At(slot).State);
        Assert.Equal(OrderState.New, _f.At(slot).BaseState);
        Assert.Equal(ReportOutcome.Canceled, _f.Apply(_f.Exec(slot, ExecutionKind.Canceled, OrderState.Canceled)));
    }

    [Fact]
    public void AVenueRejectOfANewOrderWithACancelChasingItStillRejectsTheOrder()
    {
        int slot = _f.Create();
        _f.Cancel(slot);
        Assert.Equal(ReportOutcome.Rejected, _f.Apply(_f.Exec(slot, ExecutionKind.Rejected, OrderState.Rejected, clOrdId: _f.At(slot).ClOrdId)));
        Assert.Equal(OrderState.Rejected, _f.At(slot).State);
    }
}
