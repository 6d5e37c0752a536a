using BenchmarkDotNet.Attributes;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Time;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Messages.Values;
using LowLatency.Fix.Session;
using Session = LowLatency.Fix.Session.FixSession;
using LowLatency.Fix.Store;

namespace LowLatency.Benchmarks.FixSession;

/// <summary>
/// The application send path of a logged-on session (the outbound ring stage's call), against encoding alone:
/// what the session adds on top of the codec (lock, MsgSeqNum, store, log, buffer, flush). The network is a
/// channel that takes every byte; the send system call is in fix-session-latency. Target: 0 B.
/// </summary>
/// <remarks>The store is reset every 65 536 messages inside the loop so memory stays bounded (one Reset per 65 536 sends).</remarks>
[MemoryDiagnoser]
public class FixSessionSendBenchmarks
{
    private const int Operations = 1_000;
    private const int ResetEvery = 65_536;

    private readonly FixMessageEncoder _encoder = new("ENGINE", "VENUE1");
    private readonly byte[] _buffer = new byte[2048];
    private readonly SystemClock _clock = new();
    private Session _stored = null!;
    private Session _unstored = null!;
    private int _seq;

    [GlobalSetup]
    public void Setup()
    {
        _stored = BenchSession.LoggedOn(new MemoryMessageStore(initialMessageCapacity: ResetEvery * 2, initialArenaBytes: 64 << 20), persist: true);
        _unstored = BenchSession.LoggedOn(new MemoryMessageStore(), persist: false);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations, Description = "encode 35=D only (FixMessageEncoder)")]
    public int EncodeOnly()
    {
        int total = 0;
        for (int i = 0; i < Operations; i++)
        {
            var order = Order(_clock.UtcEpochNanoseconds());
            _encoder.TryEncode(_buffer, ++_seq, _clock.UtcEpochNanoseconds(), in order, out int length);
            total += length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "session.TrySend 35=D, flush each (PersistMessages=N)")]
    public int TrySendUnstored() => SendEach(_unstored);

    [Benchmark(OperationsPerInvoke = Operations, Description = "session.TrySend 35=D, flush each, memory store")]
    public int TrySendStored() => SendEach(_stored);

    [Benchmark(OperationsPerInvoke = Operations, Description = "session.TrySend 35=D, batch of 16 then Flush, memory store")]
    public int TrySendBatched()
    {
        int sent = 0;
        for (int i = 0; i < Operations; i++)
        {
            var order = Order(_clock.UtcEpochNanoseconds());
            sent += _stored.TrySend(in order, flush: false) == FixSendResult.Sent ? 1 : 0;
            if ((i & 15) == 15)
            {
                _stored.Flush();
            }
        }

        KeepStoreSmall(_stored);
        return sent;
    }

    private int SendEach(Session session)
    {
        int sent = 0;
        for (int i = 0; i < Operations; i++)
        {
            var order = Order(_clock.UtcEpochNanoseconds());
            sent += session.TrySend(in order) == FixSendResult.Sent ? 1 : 0;
        }

        KeepStoreSmall(session);
        return sent;
    }

    private static void KeepStoreSmall(Session session)
    {
        if (session.Store.NextSenderSeqNum > ResetEvery)
        {
            session.Store.Reset();
        }
    }

    private static NewOrderSingle Order(long now) => new()
    {
        ClOrdId = "HEDGE-000123"u8,
        Account = "ACC-7"u8,
        Symbol = "BTC-PERP"u8,
        Side = FixSide.Buy,
        TransactTimeNanos = now,
        OrderQty = new Quantity(25, 1),
        OrdType = FixOrdType.Limit,
        Price = new Price(4325050, 2),
        TimeInForce = FixTimeInForce.ImmediateOrCancel,
    };
}
