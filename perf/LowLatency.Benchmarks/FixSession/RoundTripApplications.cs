using System.Diagnostics;
using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Session;
using Session = LowLatency.Fix.Session.FixSession;

namespace LowLatency.Benchmarks.FixSession;

/// <summary>Where the trader's reader thread leaves the time a fill arrived (written once per round trip, read by the sender).</summary>
internal sealed class FillSignal
{
    private long _fillTimestamp;

    public long FillTimestamp => Volatile.Read(ref _fillTimestamp);

    public void Reset() => Volatile.Write(ref _fillTimestamp, 0);

    public void OnFill() => Volatile.Write(ref _fillTimestamp, Stopwatch.GetTimestamp());
}

/// <summary>The trading side: notes the arrival of each ExecutionReport.</summary>
internal readonly struct TraderApplication(FillSignal signal) : IFixApplication
{
    public void OnLogon(Session session)
    {
    }

    public void OnLogout(Session session)
    {
    }

    public void OnMessage(Session session, in FixMessage message)
    {
        if (message.IsMsgType(FixMsgType.ExecutionReport))
        {
            signal.OnFill();
        }
    }

    public void OnReject(Session session, in FixMessage reject)
    {
    }
}

/// <summary>The venue side: fills every NewOrderSingle at once, echoing its fields from the received view (no allocation).</summary>
internal readonly struct VenueApplication : IFixApplication
{
    public void OnLogon(Session session)
    {
    }

    public void OnLogout(Session session)
    {
    }

    public void OnMessage(Session session, in FixMessage message)
    {
        if (!NewOrderSingle.TryRead(in message, out NewOrderSingle order))
        {
            return;
        }

        Price price = order.Price ?? new Price(100, 0);
        var fill = new ExecutionReport
        {
            OrderId = order.ClOrdId,
            ClOrdId = order.ClOrdId,
            ExecId = order.ClOrdId,
            ExecType = 'F',
            OrdStatus = '2',
            OrdRejReason = -1,
            Symbol = order.Symbol,
            Side = order.Side,
            OrderQty = order.OrderQty,
            LastQty = order.OrderQty,
            LastPx = price,
            LeavesQty = new Quantity(0, 0),
            CumQty = order.OrderQty,
            AvgPx = price,
            TransactTimeNanos = order.TransactTimeNanos,
        };
        session.TrySend(in fill);
    }

    public void OnReject(Session session, in FixMessage reject)
    {
    }
}
