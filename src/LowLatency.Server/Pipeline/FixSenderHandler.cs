using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LowLatency.Core.Time;
using LowLatency.Execution.Orders;
using LowLatency.Fix.Session;
using LowLatency.Ring;
using LowLatency.Ring.Processing;
using LowLatency.Server.Metrics;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// The outbound stage: hands each FIX body to its venue session (<c>TrySend(flush: false)</c>: the session adds the
/// header, MsgSeqNum and checksum, stores the message and queues the bytes), flushes every session it wrote to once
/// per batch, then records tick → bytes-handed-to-the-socket latency. A refused send is reported to the decision
/// thread as an inbound event (or through the <see cref="SendFailureQueue"/> when the ring is full); the stage itself
/// never blocks on anything but the session lock.
/// </summary>
public struct FixSenderHandler : IEventHandler<OutboundEvent>
{
    private const int MaxPending = 256;

    private readonly FixSession?[] _sessions;
    private readonly RingBuffer<InboundEvent> _inbound;
    private readonly SendFailureQueue _failures;
    private readonly ServerCounters _counters;
    private readonly LatencyMonitor _latency;
    private readonly long[] _pendingTicks;
    private readonly int _cpu;
    private int _pendingCount;
    private uint _dirty; // bit per venue index written to in this batch (at most 16 venues: the execution limit)

    public FixSenderHandler(FixSession?[] sessionsByVenueIndex, RingBuffer<InboundEvent> inbound, SendFailureQueue failures, ServerCounters counters, LatencyMonitor latency, int cpu)
    {
        _sessions = sessionsByVenueIndex;
        _inbound = inbound;
        _failures = failures;
        _counters = counters;
        _latency = latency;
        _pendingTicks = new long[MaxPending];
        _cpu = cpu;
    }

    public void OnEvent(ref OutboundEvent e, long sequence, bool endOfBatch)
    {
        if (e.Kind == OutboundKind.FixMessage)
        {
            Send(ref e);
        }

        if (endOfBatch || _pendingCount == MaxPending)
        {
            FlushAll();
        }
    }

    public void OnBatchStart(long batchSize)
    {
    }

    public void OnStart() => ThreadAffinity.TryPin(_cpu);

    public void OnShutdown() => FlushAll();

    public void OnTimeout(long sequence)
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Send(ref OutboundEvent e)
    {
        int v = e.VenueIndex;
        FixSession? session = (uint)v < (uint)_sessions.Length ? _sessions[v] : null;
        // MsgType holds the type's bytes little-endian (written by OutboundPort): reinterpret, no copy
        ReadOnlySpan<byte> type = MemoryMarshal.AsBytes(new ReadOnlySpan<ushort>(ref e.MsgType))[..e.MsgTypeLength];
        ReadOnlySpan<byte> fields = ((ReadOnlySpan<byte>)e.Body).Slice(e.BodyStart, e.BodyLength);
        FixSendResult result = session is null ? FixSendResult.NotLoggedOn : session.TrySend(new SlotBody(type, fields), flush: false);
        if (result == FixSendResult.Sent)
        {
            _dirty |= 1u << v;
            _counters.Increment(ServerCounter.MessagesSent);
            if (e.TickNs != 0)
            {
                _pendingTicks[_pendingCount++] = e.TickNs;
            }

            return;
        }

        Refused(ref e, type, fields, result);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Refused(ref OutboundEvent e, ReadOnlySpan<byte> type, ReadOnlySpan<byte> fields, FixSendResult result)
    {
        _counters.Increment(ServerCounter.SenderFailures);
        var failure = new SendFailure { VenueIndex = e.VenueIndex, MsgType = type[0], Result = result };
        if (type.Length != 1 || !VenueOrderId.TryCreate(ClOrdId(fields), out failure.ClOrdId))
        {
            return;
        }

        // through the inbound ring when it has room (ordered with everything else, recorded for replay); never wait
        if (_inbound.TryNext(out long sequence))
        {
            ref InboundEvent f = ref _inbound[sequence];
            f.Kind = InboundKind.SendFailed;
            f.VenueIndex = failure.VenueIndex;
            f.TimestampNs = MonotonicClock.NowNanoseconds();
            f.Failure = failure;
            _inbound.Publish(sequence);
        }
        else
        {
            _failures.TryEnqueue(in failure);
        }
    }

    /// <summary>The value of tag 11 in encoded fields (empty when absent).</summary>
    private static ReadOnlySpan<byte> ClOrdId(ReadOnlySpan<byte> fields)
    {
        int at = fields.StartsWith("11="u8) ? 0 : fields.IndexOf("\u000111="u8) + 1;
        if (at < 0 || (at == 0 && !fields.StartsWith("11="u8)))
        {
            return default;
        }

        ReadOnlySpan<byte> value = fields[(at + 3)..];
        int end = value.IndexOf((byte)1);
        return end < 0 ? value : value[..end];
    }

    private void FlushAll()
    {
        uint dirty = _dirty;
        _dirty = 0;
        while (dirty != 0)
        {
            int v = System.Numerics.BitOperations.TrailingZeroCount(dirty);
            dirty &= dirty - 1;
            _sessions[v]?.Flush();
        }

        if (_pendingCount > 0)
        {
            long now = MonotonicClock.NowNanoseconds();
            for (int i = 0; i < _pendingCount; i++)
            {
                _latency.TickToWire.Record(now - _pendingTicks[i]);
            }

            _pendingCount = 0;
        }
    }
}
