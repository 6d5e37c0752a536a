using System.Runtime.CompilerServices;
using LowLatency.Core.Ids;
using LowLatency.Core.Time;
using LowLatency.Execution.Instruments;
using LowLatency.Execution.Routing;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Model.Fills;
using LowLatency.Ring;
using LowLatency.Server.Journal;
using LowLatency.Server.Metrics;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// The decision thread's only way out: claims outbound ring slots and fills them with FIX bodies (for the sender
/// stage) or journal records (for the journal stage). Order messages use <c>TryNext</c> (a full ring is back-pressure
/// the execution engine handles: the order is refused locally); journal records use <c>Next</c> (a fill must never
/// be lost, and the journal stage never waits on the decision thread, so this cannot deadlock).
/// </summary>
/// <remarks>Single producer: only the decision thread (or a test standing in for it) calls this.</remarks>
public sealed class OutboundPort
{
    private static ReadOnlySpan<byte> BeginString => "FIX.4.4"u8;

    private readonly RingBuffer<OutboundEvent> _ring;
    private readonly VenueTable _venues;
    private readonly ServerCounters _counters;
    private readonly LatencyMonitor _latency;
    private readonly Queue<OutboundEvent> _overflow = new(4096);
    private OutboundEvent _scratch;

    public OutboundPort(RingBuffer<OutboundEvent> ring, VenueTable venues, ServerCounters counters, LatencyMonitor latency)
    {
        _ring = ring;
        _venues = venues;
        _counters = counters;
        _latency = latency;
    }

    /// <summary>Monotonic ns of the tick being handled (stamped on every message it causes); 0 outside a tick.</summary>
    public long CurrentTickNs { get; set; }

    /// <summary>
    /// The decision thread's view of which venues are connected (the execution engine's, fed by VenueUp/VenueDown
    /// events). Deliberately not the live session state: what the port refuses must follow from the inbound stream, so
    /// a recording replays into the same decisions. A session that dropped before its VenueDown arrived makes the
    /// sender fail the message, which comes back as an inbound event too.
    /// </summary>
    public VenueHealth? Health { get; set; }

    public RingBuffer<OutboundEvent> Ring => _ring;

    /// <summary>Writes <paramref name="body"/> into a slot for the venue's session; false when the session is down or the ring is full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TrySend<TBody>(VenueId venue, scoped in TBody body)
        where TBody : IFixMessageBody, allows ref struct
    {
        if (!_venues.TryGetIndex(venue, out int v) || !IsLoggedOn(v))
        {
            _counters.Increment(ServerCounter.SendRefusedSessionDown);
            return false;
        }

        if (!_ring.TryNext(out long sequence))
        {
            _counters.Increment(ServerCounter.SendRefusedRingFull);
            return false;
        }

        ref OutboundEvent e = ref _ring[sequence];
        bool ok = Encode(ref e, v, in body);
        long now = MonotonicClock.NowNanoseconds();
        e.HandoffNs = now;
        _ring.Publish(sequence);
        if (ok && e.TickNs != 0)
        {
            _latency.TickToHandoff.Record(now - e.TickNs);
        }

        return ok;
    }

    public void PublishFill(in FillEvent fill, long utcNs)
    {
        ref OutboundEvent e = ref ClaimRecord(out long sequence);
        e.Kind = OutboundKind.Fill;
        e.UtcNs = utcNs;
        e.Fill = fill;
        Commit(sequence, ref e);
    }

    public void PublishOrderSent(in OrderSentRecord order, long utcNs)
    {
        ref OutboundEvent e = ref ClaimRecord(out long sequence);
        e.Kind = OutboundKind.OrderSent;
        e.UtcNs = utcNs;
        e.OrderSent = order;
        Commit(sequence, ref e);
    }

    public void PublishKillSwitch(in KillSwitchRecord record, long utcNs)
    {
        ref OutboundEvent e = ref ClaimRecord(out long sequence);
        e.Kind = OutboundKind.KillSwitch;
        e.UtcNs = utcNs;
        e.KillSwitch = record;
        Commit(sequence, ref e);
    }

    public void PublishOrderSequence(long nextOrderSequence, long utcNs)
    {
        ref OutboundEvent e = ref ClaimRecord(out long sequence);
        e.Kind = OutboundKind.OrderSequence;
        e.UtcNs = utcNs;
        e.NextOrderSequence = nextOrderSequence;
        Commit(sequence, ref e);
    }

    public void PublishCollateral(in CollateralRecord record, long utcNs)
    {
        ref OutboundEvent e = ref ClaimRecord(out long sequence);
        e.Kind = OutboundKind.Collateral;
        e.UtcNs = utcNs;
        e.Collateral = record;
        Commit(sequence, ref e);
    }

    /// <summary>Journal records waiting for ring space (kept in order; see <see cref="ClaimRecord"/>).</summary>
    public int Overflowed => _overflow.Count;

    /// <summary>Moves overflowed journal records into the ring while it has space (timer, and before every new record).</summary>
    public void DrainOverflow()
    {
        while (_overflow.Count > 0 && _ring.TryNext(out long sequence))
        {
            _ring[sequence] = _overflow.Dequeue();
            _ring.Publish(sequence);
        }
    }

    // Journal records must never be lost, but the decision thread must never block on the outbound ring either: a
    // session reader thread blocked on a full inbound ring holds its session's lock, the sender waits for that lock,
    // and a decision thread waiting for the sender's ring space would close the cycle. So a record that finds the
    // ring full goes to an in-order overflow queue (preallocated; it only grows under a pathological stall) that is
    // drained first on every later record and on every timer event.
    private ref OutboundEvent ClaimRecord(out long sequence)
    {
        if (_overflow.Count > 0)
        {
            DrainOverflow();
        }

        if (_overflow.Count == 0 && _ring.TryNext(out sequence))
        {
            return ref _ring[sequence];
        }

        sequence = -1;
        _scratch = default;
        return ref _scratch;
    }

    private void Commit(long sequence, ref OutboundEvent e)
    {
        if (sequence >= 0)
        {
            _ring.Publish(sequence);
            return;
        }

        _counters.Increment(ServerCounter.JournalRecordsOverflowed);
        _overflow.Enqueue(e);
    }

    /// <summary>A no-op record so the journal stage can fsync on its interval while nothing else arrives (never blocks: skipped when full).</summary>
    public void PublishHeartbeat(long nowNs)
    {
        if (_ring.TryNext(out long sequence))
        {
            ref OutboundEvent e = ref _ring[sequence];
            e.Kind = OutboundKind.Heartbeat;
            e.HandoffNs = nowNs;
            _ring.Publish(sequence);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsLoggedOn(int venue) => Health is { } h && h.IsConnected(venue);

    private bool Encode<TBody>(ref OutboundEvent e, int venue, scoped in TBody body)
        where TBody : IFixMessageBody, allows ref struct
    {
        ReadOnlySpan<byte> type = body.MsgType;
        if (!WriteFields(e.Body, in body, out int start, out int end) || type.Length is 0 or > 2)
        {
            e.Kind = OutboundKind.None;
            _counters.Increment(ServerCounter.SendRefusedTooLarge);
            return false;
        }

        e.Kind = OutboundKind.FixMessage;
        e.VenueIndex = venue;
        e.MsgTypeLength = (byte)type.Length;
        e.MsgType = type.Length == 1 ? type[0] : (ushort)(type[0] | (type[1] << 8));
        e.BodyStart = (short)start;
        e.BodyLength = (short)(end - start);
        e.TickNs = CurrentTickNs;
        return true;
    }

    /// <summary>The body's fields after a throwaway header (the session writes the real one); false when they do not fit.</summary>
    private static bool WriteFields<TBody>(Span<byte> destination, scoped in TBody body, out int start, out int end)
        where TBody : IFixMessageBody, allows ref struct
    {
        var writer = new FixMessageWriter(destination, BeginString, body.MsgType);
        start = writer.Length;
        body.WriteBody(ref writer);
        end = writer.Length;
        return !writer.HasOverflowed;
    }
}
