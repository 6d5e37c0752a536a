using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Session;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Interop;

/// <summary>
/// The tiny venue application of the interop tests: answers each NewOrderSingle with one ExecutionReport that fills
/// it, once per ClOrdID (a PossDup resend of an order already filled is not filled twice), or holds fills back
/// until the test releases them.
/// </summary>
public sealed class OrderFiller
{
    private readonly ConcurrentDictionary<string, bool> _filled = new();
    private readonly ConcurrentQueue<PeerMessage> _held = new();
    private int _execId;

    public bool Hold { get; set; }

    public int FillsSent => Volatile.Read(ref _execId);

    /// <summary>The recorder callback: fill (or hold) every new order.</summary>
    public void OnMessage(FixSession session, PeerMessage message)
    {
        if (message.MsgType != "D" || !_filled.TryAdd(message[11] ?? string.Empty, true))
        {
            return;
        }

        if (Hold)
        {
            _held.Enqueue(message);
            return;
        }

        Fill(session, message);
    }

    /// <summary>Fills the orders held so far (from the test thread: the application may send from any thread).</summary>
    public void ReleaseHeld(FixSession session)
    {
        while (_held.TryDequeue(out PeerMessage? order))
        {
            Fill(session, order);
        }
    }

    private void Fill(FixSession session, PeerMessage order)
    {
        int n = Interlocked.Increment(ref _execId);
        Quantity qty = Quantity.TryParse(Encoding.ASCII.GetBytes(order[38] ?? "0"), out Quantity q) ? q : new Quantity(0, 0);
        Price px = Price.TryParse(Encoding.ASCII.GetBytes(order[44] ?? "100"), out Price p) ? p : new Price(100, 0);
        var report = new ExecutionReport
        {
            OrderId = Encoding.ASCII.GetBytes("LLO-" + n.ToString(CultureInfo.InvariantCulture)),
            ClOrdId = Encoding.ASCII.GetBytes(order[11]!),
            ExecId = Encoding.ASCII.GetBytes("LLE-" + n.ToString(CultureInfo.InvariantCulture)),
            ExecType = 'F',
            OrdStatus = '2',
            OrdRejReason = -1,
            Symbol = Encoding.ASCII.GetBytes(order[55] ?? "UNKNOWN"),
            Side = (order[54] ?? "1")[0],
            OrderQty = qty,
            LastQty = qty,
            LastPx = px,
            LeavesQty = new Quantity(0, 0),
            CumQty = qty,
            AvgPx = px,
            TransactTimeNanos = session.Clock.UtcEpochNanoseconds(),
        };
        FixSendResult result = session.TrySend(in report);
        if (result != FixSendResult.Sent)
        {
            throw new InvalidOperationException($"fill for {order[11]} not sent: {result}");
        }
    }
}
