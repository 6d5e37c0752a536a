using System.Runtime.CompilerServices;
using System.Text;
using LowLatency.Core;

namespace LowLatency.Fix.Log;

/// <summary>
/// A bounded many-producer, single-consumer queue of variable-length byte records in one preallocated
/// array (the Aeron many-to-one ring buffer design, written here because Fix may not reference Ring).
/// Producers never block: when the space is not there they count a drop and return false.
/// </summary>
/// <remarks>
/// Layout: records are 8-byte aligned, <c>[length:4][kind:4][payloadLength:4][unused:4][utcNanos:8][payload]</c>;
/// <c>length</c> is the whole aligned record and is written last, so it doubles as the commit flag.
/// Protocol and barriers:
/// <list type="number">
/// <item>A producer claims space by CAS on <c>_tail</c> (full fence), checking it against
/// <c>_headCache</c>, a possibly stale copy of <c>_head</c> that producers share so they do not pull the
/// consumer's hot cache line on every call (Aeron's head cache). Only when the cache says "full" does a
/// producer <c>Volatile.Read</c> the real <c>_head</c> and refresh the cache. The cache is never ahead of
/// <c>_head</c>, so it can only make a producer conservative; the acquire/release chain
/// (consumer → <c>_head</c> → producer → <c>_headCache</c> → producer) orders the consumer's zeroing
/// before any producer writes into the freed space.
/// A record that would straddle the end claims the rest of the array as a padding record plus the
/// record at index 0, in one CAS.</item>
/// <item>It writes kind, length, timestamp and payload, then <c>Volatile.Write</c>s <c>length</c>
/// (release: the consumer that sees the length sees the payload).</item>
/// <item>The consumer <c>Volatile.Read</c>s <c>length</c> at <c>_head</c> (acquire); zero means not yet
/// committed, so it stops there and keeps order. After handling a record it zeroes all its bytes (any
/// offset may hold a future commit word) and then <c>Volatile.Write</c>s the new <c>_head</c> (release).</item>
/// </list>
/// </remarks>
internal sealed class LogRing
{
    public const int HeaderSize = 24;
    private const int Alignment = 8;

    private readonly byte[] _buffer;
    private readonly int _capacity;
    private readonly int _mask;
    private readonly int _maxRecord;
    private PaddedLong _tail;
    private PaddedLong _head;
    private PaddedLong _headCache;
    private PaddedLong _dropped;

    /// <param name="capacity">Bytes; rounded up to a power of two, at least 4096.</param>
    public LogRing(int capacity)
    {
        if (capacity < 1 || capacity > 1 << 30)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(capacity), "log buffer must be 1 byte .. 1 GiB");
        }

        _capacity = (int)Math.Max(4096, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity));
        _mask = _capacity - 1;
        _maxRecord = _capacity / 2; // anything larger could wait forever for contiguous space
        _buffer = GC.AllocateArray<byte>(_capacity, pinned: true); // pinned: never moved by a compacting GC mid-write
    }

    public int Capacity => _capacity;

    /// <summary>The largest payload that can ever be queued.</summary>
    public int MaxPayload => _maxRecord - HeaderSize;

    public long Dropped => Volatile.Read(ref _dropped.Value);

    /// <summary>True when every claimed record has been consumed.</summary>
    public bool IsEmpty => Volatile.Read(ref _tail.Value) == Volatile.Read(ref _head.Value);

    /// <summary>Queues a copy of <paramref name="payload"/>; false (and counted) when there is no room.</summary>
    public bool TryWrite(LogRecordKind kind, long utcEpochNanos, ReadOnlySpan<byte> payload)
    {
        if (!TryClaim(payload.Length, out int index))
        {
            return false;
        }

        payload.CopyTo(_buffer.AsSpan(index + HeaderSize, payload.Length));
        Commit(index, kind, payload.Length, utcEpochNanos);
        return true;
    }

    /// <summary>Queues <paramref name="text"/> encoded as UTF-8, without an intermediate buffer.</summary>
    public bool TryWriteUtf8(LogRecordKind kind, long utcEpochNanos, ReadOnlySpan<char> text)
    {
        int byteCount = Encoding.UTF8.GetByteCount(text);
        if (!TryClaim(byteCount, out int index))
        {
            return false;
        }

        Encoding.UTF8.GetBytes(text, _buffer.AsSpan(index + HeaderSize, byteCount));
        Commit(index, kind, byteCount, utcEpochNanos);
        return true;
    }

    /// <summary>Counts a record refused before reaching the ring (e.g. the log is closed).</summary>
    public void CountDrop() => Interlocked.Increment(ref _dropped.Value);

    /// <summary>Consumer only: hands up to <paramref name="limit"/> committed records to <paramref name="handler"/> in order.</summary>
    public int Drain<THandler>(ref THandler handler, int limit)
        where THandler : struct, ILogRecordHandler
    {
        long head = _head.Value; // only this (consumer) thread writes _head
        int done = 0;
        while (done < limit)
        {
            int index = (int)(head & _mask);
            int length = Volatile.Read(ref IntAt(index));
            if (length == 0)
            {
                break;
            }

            var kind = (LogRecordKind)IntAt(index + 4);
            if (kind != LogRecordKind.Padding)
            {
                int payloadLength = IntAt(index + 8);
                long nanos = Unsafe.As<byte, long>(ref _buffer[index + 16]);
                handler.OnRecord(kind, nanos, new ReadOnlySpan<byte>(_buffer, index + HeaderSize, payloadLength));
                done++;
            }

            _buffer.AsSpan(index, length).Clear();
            head += length;
            Volatile.Write(ref _head.Value, head);
        }

        return done;
    }

    private bool TryClaim(int payloadLength, out int index)
    {
        index = 0;
        if ((uint)payloadLength > (uint)MaxPayload)
        {
            CountDrop();
            return false;
        }

        int recordLength = RecordLength(payloadLength);
        while (true)
        {
            long tail = Volatile.Read(ref _tail.Value);
            int tailIndex = (int)(tail & _mask);
            int toEnd = _capacity - tailIndex;
            int required = recordLength <= toEnd ? recordLength : toEnd + recordLength;
            if (tail + required - Volatile.Read(ref _headCache.Value) > _capacity)
            {
                long head = Volatile.Read(ref _head.Value);
                if (tail + required - head > _capacity)
                {
                    CountDrop();
                    return false;
                }

                Volatile.Write(ref _headCache.Value, head);
            }

            if (Interlocked.CompareExchange(ref _tail.Value, tail + required, tail) == tail)
            {
                if (required != recordLength)
                {
                    // toEnd >= 8 (records and capacity are 8-aligned): room for the length and kind words.
                    IntAt(tailIndex + 4) = (int)LogRecordKind.Padding;
                    Volatile.Write(ref IntAt(tailIndex), toEnd);
                    tailIndex = 0;
                }

                index = tailIndex;
                return true;
            }
        }
    }

    private void Commit(int index, LogRecordKind kind, int payloadLength, long utcEpochNanos)
    {
        IntAt(index + 4) = (int)kind;
        IntAt(index + 8) = payloadLength;
        Unsafe.As<byte, long>(ref _buffer[index + 16]) = utcEpochNanos;
        Volatile.Write(ref IntAt(index), RecordLength(payloadLength));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RecordLength(int payloadLength) => (HeaderSize + payloadLength + Alignment - 1) & ~(Alignment - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref int IntAt(int index) => ref Unsafe.As<byte, int>(ref _buffer[index]);
}
