using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Session;
using LowLatency.Testing;

namespace LowLatency.Fix.Tests.Session;

/// <summary>
/// The application send path allocates nothing after warm-up — lock, header stamping, encoding in place, store,
/// log and the non-blocking socket write — measured on the sending thread over real loopback sockets.
/// </summary>
public sealed class SendPathAllocationTests
{
    public static TheoryData<SessionMode, bool> Cases => new()
    {
        { SessionMode.InitiatorOverSockets, false },
        { SessionMode.AcceptorOverSockets, false },
        { SessionMode.InitiatorOverSockets, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SendingAnOrderAllocatesNothing(SessionMode mode, bool fileStoreAndLog)
    {
        using var dir = new TestDirectory();
        using var h = new SessionHarness(mode, Options(fileStoreAndLog, dir));
        h.LogOn();
        int failures = 0;
        byte[] clOrdId = "ORD-ZERO-ALLOC"u8.ToArray();
        FixSession session = h.Session;

        long bytes = Allocations.MeasureSteadyState(() =>
        {
            var order = new NewOrderSingle
            {
                ClOrdId = clOrdId,
                Symbol = "BTC-PERP"u8,
                Side = '1',
                TransactTimeNanos = session.Clock.UtcEpochNanoseconds(),
                OrderQty = new Quantity(25, 1),
                OrdType = '2',
                Price = new Price(432505, 1),
                TimeInForce = '0',
            };
            if (session.TrySend(in order) != FixSendResult.Sent)
            {
                failures++;
            }
        }, iterations: 1_000, warmup: 1_000);

        Assert.Equal(0, bytes);
        Assert.Equal(0, failures);
        Assert.Equal("D", h.Peer.Receive().MsgType);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ABatchFlushedOnceAllocatesNothing(SessionMode mode, bool fileStoreAndLog)
    {
        using var dir = new TestDirectory();
        using var h = new SessionHarness(mode, Options(fileStoreAndLog, dir));
        h.LogOn();
        int failures = 0;
        FixSession session = h.Session;

        long bytes = Allocations.MeasureSteadyState(() =>
        {
            for (int i = 0; i < 8; i++)
            {
                var order = new NewOrderSingle
                {
                    ClOrdId = "ORD-BATCH"u8,
                    Symbol = "ETH-PERP"u8,
                    Side = '2',
                    TransactTimeNanos = session.Clock.UtcEpochNanoseconds(),
                    OrderQty = new Quantity(3, 0),
                    OrdType = '1',
                };
                failures += session.TrySend(in order, flush: false) == FixSendResult.Sent ? 0 : 1;
            }

            session.Flush();
        }, iterations: 200, warmup: 200);

        Assert.Equal(0, bytes);
        Assert.Equal(0, failures);
    }

    private static HarnessOptions Options(bool files, TestDirectory dir) => files
        ? new HarnessOptions { RecordLog = false, FileStorePath = dir.File("store"), FileLogPath = dir.File("log") }
        : new HarnessOptions { RecordLog = false };
}
