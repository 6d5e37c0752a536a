using System.Runtime.CompilerServices;
using LowLatency.Core;

namespace LowLatency.Fix.Transport;

// Invariants:
//  * bytes [_head, _tail) are queued: encoded, committed, not yet taken by the transport; [_tail, end) is free;
//  * messages are encoded straight into the free tail (zero copy) and only ever sent whole and in order;
//  * when the transport takes everything, both indices go back to 0, so the common case (one message, sent at
//    once) always encodes at the start of a warm buffer;
//  * the buffer only grows on the rare paths that must not fail (resends, session replies), up to a cap, in a
//    NoInlining method; application sends never grow it: a full buffer is back-pressure.
// Not thread-safe: used under its session's lock.

/// <summary>A session's send buffer: encode in place, flush without blocking, keep what the socket cannot take yet.</summary>
internal sealed class OutboundBuffer
{
    private readonly int _maxCapacity;
    private byte[] _buffer;
    private int _head;
    private int _tail;

    public OutboundBuffer(int capacity, int maxCapacity)
    {
        if (capacity < 1024 || maxCapacity < capacity)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(capacity), "capacity must be at least 1 KiB and at most maxCapacity");
        }

        _buffer = new byte[capacity];
        _maxCapacity = maxCapacity;
    }

    public int Capacity => _buffer.Length;

    public int MaxCapacity => _maxCapacity;

    public int Pending => _tail - _head;

    public bool HasPending => _tail != _head;

    /// <summary>The free tail; flushes and compacts first when fewer than <paramref name="minimumLength"/> bytes are free.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> GetFree(int minimumLength, ITransportChannel channel)
    {
        byte[] buffer = _buffer;
        int tail = _tail;
        if (buffer.Length - tail >= minimumLength)
        {
            return buffer.AsSpan(tail);
        }

        return MakeRoom(channel);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Commit(int length)
    {
        if ((uint)length > (uint)(_buffer.Length - _tail))
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(length), "committed more than the free space");
        }

        _tail += length;
    }

    /// <summary>Hands the queued bytes to <paramref name="channel"/> until it is empty or the channel would block.</summary>
    public FlushStatus Flush(ITransportChannel channel)
    {
        while (_head < _tail)
        {
            int sent = channel.Send(_buffer.AsSpan(_head, _tail - _head));
            if (sent <= 0)
            {
                return sent < 0 ? FlushStatus.Closed : FlushStatus.Pending;
            }

            _head += sent;
        }

        _head = 0;
        _tail = 0;
        return FlushStatus.Flushed;
    }

    /// <summary>Grows (keeping the queued bytes) so at least <paramref name="minimumFree"/> bytes are free; false past the cap.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public bool TryGrow(int minimumFree)
    {
        long needed = (long)Pending + minimumFree;
        if (needed > _maxCapacity)
        {
            return false;
        }

        long size = _buffer.Length;
        while (size < needed)
        {
            size *= 2;
        }

        var grown = new byte[Math.Min(size, _maxCapacity)];
        _buffer.AsSpan(_head, Pending).CopyTo(grown);
        _tail = Pending;
        _head = 0;
        _buffer = grown;
        return true;
    }

    /// <summary>Drops whatever is queued (a new connection starts empty; the store has the messages for resend).</summary>
    public void Clear()
    {
        _head = 0;
        _tail = 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Span<byte> MakeRoom(ITransportChannel channel)
    {
        Flush(channel);
        if (_head > 0)
        {
            int pending = Pending;
            _buffer.AsSpan(_head, pending).CopyTo(_buffer);
            _head = 0;
            _tail = pending;
        }

        return _buffer.AsSpan(_tail);
    }
}
