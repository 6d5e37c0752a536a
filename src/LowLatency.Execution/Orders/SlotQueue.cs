namespace LowLatency.Execution.Orders;

/// <summary>
/// FIFO of free order slots: a finished order's slot is reused last, so the finished order stays queryable (and
/// late reports for it are recognised as "already done") for as long as possible.
/// </summary>
internal sealed class SlotQueue
{
    private readonly int[] _items;
    private readonly int _mask;
    private int _head;
    private int _count;

    /// <summary>Starts full with slots 0..capacity-1 (capacity a power of two).</summary>
    public SlotQueue(int capacity)
    {
        _items = new int[capacity];
        _mask = capacity - 1;
        for (int i = 0; i < capacity; i++)
        {
            _items[i] = i;
        }

        _count = capacity;
    }

    public int Count => _count;

    public bool TryDequeue(out int slot)
    {
        if (_count == 0)
        {
            slot = -1;
            return false;
        }

        slot = _items[_head];
        _head = (_head + 1) & _mask;
        _count--;
        return true;
    }

    public void Enqueue(int slot)
    {
        _items[(_head + _count) & _mask] = slot;
        _count++;
    }
}
