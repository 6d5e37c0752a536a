using HdrHistogram;
using LowLatency.Core.Time;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Session;

namespace LowLatency.LoadTest.Scenarios;

/// <summary>
/// The <c>fix</c> scenario's client application (a struct: the FIX engine inlines it) and its shared state: the
/// intended send time of every ClOrdID in flight (the ClOrdID is the event number, the slot its low bits), and
/// HdrHistogram <see cref="Recorder"/>s fed by the session reader threads — intended time → first ExecutionReport
/// (the venue's ack) and → the report that ends the order (filled, cancelled, rejected).
/// </summary>
public sealed class FixOrderLatency
{
    private const int Slots = 1 << 20; // > 100 s of orders at 10 000/s in flight before a slot is reused
    private readonly long[] _intended = new long[Slots];
    private readonly int[] _acked = new int[Slots];
    private long _acks;
    private long _done;
    private long _rejects;
    private long _fills;

    public Recorder Ack { get; } = new(1, 60_000_000_000L, 3, (id, low, high, digits) => new LongHistogram(id, low, high, digits));

    public Recorder Done { get; } = new(1, 60_000_000_000L, 3, (id, low, high, digits) => new LongHistogram(id, low, high, digits));

    public long Acks => Interlocked.Read(ref _acks);

    public long Completed => Interlocked.Read(ref _done);

    public long Rejects => Interlocked.Read(ref _rejects);

    public long Fills => Interlocked.Read(ref _fills);

    /// <summary>Generator thread, before the send: the reader thread's Volatile.Read of the slot pairs with this release.</summary>
    public void Sending(long clOrdId, long intendedNs)
    {
        int slot = (int)(clOrdId & (Slots - 1));
        Volatile.Write(ref _acked[slot], 0);
        Volatile.Write(ref _intended[slot], intendedNs);
    }

    /// <summary>Session reader thread: an ExecutionReport for one of our orders.</summary>
    public void OnExecutionReport(long clOrdId, char ordStatus, bool fill)
    {
        long now = MonotonicClock.NowNanoseconds();
        int slot = (int)(clOrdId & (Slots - 1));
        long intended = Volatile.Read(ref _intended[slot]);
        if (Interlocked.Exchange(ref _acked[slot], 1) == 0)
        {
            Ack.RecordValue(Math.Clamp(now - intended, 1, 60_000_000_000L));
            Interlocked.Increment(ref _acks);
        }

        if (fill)
        {
            Interlocked.Increment(ref _fills);
        }

        if (ordStatus is '2' or '4' or '8' or 'C')
        {
            Done.RecordValue(Math.Clamp(now - intended, 1, 60_000_000_000L));
            Interlocked.Increment(ref _done);
            if (ordStatus == '8')
            {
                Interlocked.Increment(ref _rejects);
            }
        }
    }

    /// <summary>The FIX application of the client sessions: hands every 35=8 to the shared state.</summary>
    public readonly struct Application(FixOrderLatency state) : IFixApplication
    {
        public void OnLogon(FixSession session)
        {
        }

        public void OnLogout(FixSession session)
        {
        }

        public void OnMessage(FixSession session, in FixMessage message)
        {
            if (message.IsMsgType("8"u8) && message.TryGetLong(FixTag.ClOrdID, out long id) && message.TryGetChar(FixTag.OrdStatus, out char status))
            {
                bool fill = message.TryGetChar(FixTag.ExecType, out char exec) && exec == 'F';
                state.OnExecutionReport(id, status, fill);
            }
        }

        public void OnReject(FixSession session, in FixMessage reject)
        {
        }
    }
}
