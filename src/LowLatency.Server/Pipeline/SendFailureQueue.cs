namespace LowLatency.Server.Pipeline;

/// <summary>
/// Single-producer (sender stage) single-consumer (decision thread) bounded queue of <see cref="SendFailure"/>s: the
/// fallback when the sender finds the inbound ring full. The sender never waits for inbound space (it would close a
/// cycle: the decision thread it waits for may be waiting for the sender's ring), so it tries the ring once and
/// otherwise parks the failure here; the decision thread drains this on every timer event. Never blocks: when full
/// the failure is counted in <see cref="Lost"/> and the engine's ack timeout chases the order instead.
/// </summary>
public sealed class SendFailureQueue
{
    private readonly SendFailure[] _items;
    private readonly int _mask;
    private long _head; // consumer position (decision thread)
    private long _tail; // producer position (sender stage)
    private long _lost;

    public SendFailureQueue(int capacity = 1024)
    {
        if (capacity < 2 || (capacity & (capacity - 1)) != 0)
        {
            Core.ThrowHelper.ThrowArgumentOutOfRange(nameof(capacity), "capacity must be a power of two >= 2");
        }

        _items = new SendFailure[capacity];
        _mask = capacity - 1;
    }

    /// <summary>Failures dropped because the queue was full.</summary>
    public long Lost => Volatile.Read(ref _lost);

    /// <summary>Producer: false (counted) when full.</summary>
    public bool TryEnqueue(in SendFailure failure)
    {
        long tail = _tail;
        if (tail - Volatile.Read(ref _head) >= _items.Length)
        {
            Interlocked.Increment(ref _lost);
            return false;
        }

        _items[(int)(tail & _mask)] = failure;
        Volatile.Write(ref _tail, tail + 1); // release: the item is written before the consumer can see the new tail
        return true;
    }

    /// <summary>Consumer: the oldest failure, if any.</summary>
    public bool TryDequeue(out SendFailure failure)
    {
        long head = _head;
        if (head == Volatile.Read(ref _tail)) // acquire: pairs with the producer's release of _tail
        {
            failure = default;
            return false;
        }

        failure = _items[(int)(head & _mask)];
        Volatile.Write(ref _head, head + 1); // release: the slot is read before the producer may reuse it
        return true;
    }
}
