using LowLatency.Core.FixedPoint;
using LowLatency.Execution.Config;
using LowLatency.Execution.Instruments;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Routing;
using LowLatency.Execution.Tests.Support;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Tests.Orders;

/// <summary>An order table over the test instruments (TEST: tick 0.01, lot 1) and reports built as the gateway would.</summary>
internal sealed class OrderTableFixture
{
    private int _execId;

    public OrderTableFixture(int maxInFlight = 2, int capacity = 64)
    {
        Instruments = new InstrumentTable(TestSetup.Config().Instruments);
        Table = new OrderTable(new OrderSettings { Capacity = capacity, MaxInFlightPerOrder = maxInFlight }, Instruments);
        Assert.True(Instruments.TryGetIndex(TestSetup.Test, out int test));
        TestIndex = test;
    }

    public InstrumentTable Instruments { get; }

    public OrderTable Table { get; }

    public int TestIndex { get; }

    public long Now { get; set; } = 1_000;

    /// <summary>Creates a TEST limit order of <paramref name="quantity"/> lots at 100.00 (mantissa 10000).</summary>
    public int Create(long quantity = 10, Side side = Side.Buy, long price = 10_000, int venue = 0)
    {
        var child = new ChildOrder
        {
            InstrumentIndex = TestIndex,
            VenueIndex = venue,
            Instrument = TestSetup.Test,
            Venue = TestSetup.V1,
            Side = side,
            Type = OrderType.Limit,
            TimeInForce = TimeInForce.Day,
            Price = price,
            Quantity = quantity,
        };
        Assert.Equal(OrderRequestResult.Accepted, Table.TryCreate(in child, Now, out int slot));
        return slot;
    }

    public ref Order At(int slot) => ref Table.At(slot);

    public OrderReport Exec(int slot, ExecutionKind kind, OrderState status, long cum = 0, long lastQty = 0, long lastPx = 10_000, long? clOrdId = null, ulong? execId = null)
    {
        ref Order o = ref Table.At(slot);
        return new OrderReport
        {
            Kind = OrderReportKind.Execution,
            Venue = TestSetup.V1,
            ExecType = kind,
            Status = status,
            ClOrdId = clOrdId ?? (o.PendingClOrdId != 0 && kind is ExecutionKind.Canceled or ExecutionKind.Replaced ? o.PendingClOrdId : o.ClOrdId),
            OrigClOrdId = o.PendingClOrdId != 0 && kind is ExecutionKind.Canceled or ExecutionKind.Replaced ? o.ClOrdId : 0,
            ExecIdHash = execId ?? (ulong)(++_execId * 7919),
            Side = o.Side,
            CumQty = new Quantity(cum, 0),
            LastQty = new Quantity(lastQty, 0),
            LastPx = new Price(lastPx, 2),
            HasLastPx = kind == ExecutionKind.Trade,
            AvgPx = lastPx / 100.0,
            RejectCode = -1,
        };
    }

    public ReportOutcome Apply(in OrderReport report) => Table.Apply(in report, 0, Now, out _, out _);

    public ReportOutcome Apply(in OrderReport report, out OrderFill fill) => Table.Apply(in report, 0, Now, out _, out fill);

    public ReportOutcome CancelReject(int slot, RequestKind kind = RequestKind.Cancel)
    {
        ref Order o = ref Table.At(slot);
        var report = new OrderReport
        {
            Kind = OrderReportKind.CancelReject,
            Venue = TestSetup.V1,
            ClOrdId = o.PendingClOrdId != 0 ? o.PendingClOrdId : o.LastClOrdId,
            OrigClOrdId = o.ClOrdId,
            RejectedRequest = kind,
            RejectCode = 0,
        };
        return Apply(in report);
    }

    public void Cancel(int slot) => Assert.Equal(OrderRequestResult.Accepted, Table.TryRequestCancel(slot, Now, out _));

    public void Replace(int slot, long price, long quantity) => Assert.Equal(OrderRequestResult.Accepted, Table.TryRequestReplace(slot, price, quantity, Now, out _));
}
