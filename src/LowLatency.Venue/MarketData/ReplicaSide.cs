using LowLatency.Venue.Matching;

namespace LowLatency.Venue.MarketData;

/// <summary>
/// One side of a <see cref="BookReplica"/>: levels sorted by key with the best LAST (key = price mantissa
/// for bids, -mantissa for asks), the same layout as the venue's book so top-of-book changes shift little.
/// </summary>
internal struct ReplicaSide
{
    private long[] _keys;
    private BookLevel[] _levels;
    private int _count;

    public ReplicaSide(int capacity)
    {
        _keys = new long[capacity];
        _levels = new BookLevel[capacity];
        _count = 0;
    }

    public readonly int Count => _count;

    public readonly BookLevel AtDepth(int depth) => _levels[_count - 1 - depth];

    public void Clear() => _count = 0;

    public readonly bool TryFind(long key, out int position)
    {
        int found = _keys.AsSpan(0, _count).BinarySearch(key); // ~insertion point when absent
        position = found >= 0 ? found : ~found;
        return found >= 0;
    }

    public void Set(int position, in BookLevel level) => _levels[position] = level;

    public void InsertAt(int position, long key, in BookLevel level)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
            Array.Resize(ref _levels, _levels.Length * 2);
        }

        int tail = _count - position;
        if (tail > 0)
        {
            Array.Copy(_keys, position, _keys, position + 1, tail);
            Array.Copy(_levels, position, _levels, position + 1, tail);
        }

        _keys[position] = key;
        _levels[position] = level;
        _count++;
    }

    public void RemoveAt(int position)
    {
        int tail = _count - position - 1;
        if (tail > 0)
        {
            Array.Copy(_keys, position + 1, _keys, position, tail);
            Array.Copy(_levels, position + 1, _levels, position, tail);
        }

        _count--;
    }
}
