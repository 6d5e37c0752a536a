using LowLatency.Core;

namespace LowLatency.Venue.Faults;

// Invariants:
//  * FIFO: entries leave in the order they came; due times are non-decreasing as long as every entry of a line
//    gets the same delay (the gateway keeps one line per delay: order replies, market data, parked per session);
//  * bodies live in one byte ring: each entry's bytes are contiguous; when the tail cannot fit the next body
//    before the end of the slab it wraps to offset 0 (the unused end is skipped), and a wrapped tail stays
//    strictly below the oldest body, so "full" and "empty" are never confused;
//  * nothing is allocated after construction: a full line refuses (the caller counts and decides).

/// <summary>
/// A FIFO of rendered FIX message bodies, each due at a monotonic time: the timed queue on the matching thread
/// behind delayed messages (fault injection's MessageDelay, the venue's AddedLatency) and behind order reports
/// parked while their session is down. The body is encoded when the event happens; the header (MsgSeqNum,
/// SendingTime) is written when it finally leaves, as for a message that really left late. Single thread.
/// </summary>
internal sealed class DelayLine
{
    private readonly byte[] _slab;
    private readonly Entry[] _entries;
    private int _head;
    private int _count;
    private int _writeAt;

    public DelayLine(int entryCapacity, int byteCapacity)
    {
        if (entryCapacity < 1 || byteCapacity < 64)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(entryCapacity), $"a delay line needs at least 1 entry and 64 bytes, got {entryCapacity} and {byteCapacity}");
        }

        _entries = new Entry[entryCapacity];
        _slab = new byte[byteCapacity];
    }

    public int Count => _count;

    public bool IsEmpty => _count == 0;

    /// <summary>Due time of the oldest entry; long.MaxValue when empty.</summary>
    public long NextDue => _count == 0 ? long.MaxValue : _entries[_head].DueNanoseconds;

    /// <summary>Appends a body (the fields after the standard header); false when entries or bytes are exhausted.</summary>
    public bool TryAppend(long dueNanoseconds, int session, int instrument, byte msgType, ReadOnlySpan<byte> body)
    {
        if (_count == _entries.Length || !TryReserve(body.Length, out int offset))
        {
            return false;
        }

        body.CopyTo(_slab.AsSpan(offset));
        int index = (_head + _count) % _entries.Length;
        _entries[index] = new Entry(dueNanoseconds, session, instrument, msgType, offset, body.Length);
        _writeAt = offset + body.Length;
        _count++;
        return true;
    }

    /// <summary>The oldest entry, if any (without removing it).</summary>
    public bool TryPeek(out Entry entry)
    {
        if (_count == 0)
        {
            entry = default;
            return false;
        }

        entry = _entries[_head];
        return true;
    }

    public ReadOnlySpan<byte> BodyOf(in Entry entry) => new(_slab, entry.Offset, entry.Length);

    /// <summary>Removes the oldest entry.</summary>
    public void Pop()
    {
        if (_count == 0)
        {
            return;
        }

        _head = (_head + 1) % _entries.Length;
        _count--;
        if (_count == 0)
        {
            _head = 0;
            _writeAt = 0;
        }
    }

    public void Clear()
    {
        _head = 0;
        _count = 0;
        _writeAt = 0;
    }

    private bool TryReserve(int length, out int offset)
    {
        offset = 0;
        if (_count == 0)
        {
            return length <= _slab.Length;
        }

        int oldest = _entries[_head].Offset;
        if (_writeAt > oldest)
        {
            // Not wrapped: free space is [writeAt, end) then [0, oldest).
            if (_writeAt + length <= _slab.Length)
            {
                offset = _writeAt;
                return true;
            }

            return length < oldest; // wrap to 0, strictly below the oldest body
        }

        // Wrapped: free space is [writeAt, oldest).
        offset = _writeAt;
        return _writeAt + length < oldest;
    }

    /// <summary>One rendered message: when it is due, where it goes and where its bytes are.</summary>
    internal readonly record struct Entry(long DueNanoseconds, int Session, int Instrument, byte MsgType, int Offset, int Length);
}
