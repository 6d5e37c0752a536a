using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Session;

namespace LowLatency.Fix.Tests.Session;

/// <summary>Orders for session tests: a NewOrderSingle body as readable text (peer side) and sent through a session (our side).</summary>
public static class TestOrders
{
    /// <summary>A valid NewOrderSingle body (after the header), '|' for SOH.</summary>
    public static string Body(string clOrdId = "ORD-1") =>
        $"11={clOrdId}|21=1|55=BTC-PERP|54=1|60=20260105-09:00:00.000|38=2.5|40=2|44=43250.5|59=0";

    /// <summary>Sends a NewOrderSingle with ClOrdID <paramref name="clOrdId"/> through <paramref name="session"/>.</summary>
    public static FixSendResult Send(FixSession session, string clOrdId, bool flush = true, bool transient = false)
    {
        byte[] id = Encoding.ASCII.GetBytes(clOrdId);
        var order = new NewOrderSingle
        {
            ClOrdId = id,
            HandlInst = '1',
            Symbol = "BTC-PERP"u8,
            Side = '1',
            TransactTimeNanos = session.Clock.UtcEpochNanoseconds(),
            OrderQty = new Quantity(25, 1),
            OrdType = '2',
            Price = new Price(432505, 1),
            TimeInForce = '0',
        };
        return transient ? session.TrySendTransient(in order, flush) : session.TrySend(in order, flush);
    }
}
