using System.Runtime.CompilerServices;

namespace LowLatency.Venue.Matching;

/// <summary>
/// The price levels of one side, sorted so the best level is LAST: activity concentrates at the top of the
/// book, so inserting or deleting near the best shifts only the few better levels, and the best is
/// <c>[count - 1]</c>, O(1).
/// </summary>
/// <remarks>
/// Invariants: keys strictly increasing over [0, count); key = price in ticks for bids and -price for asks,
/// so "better" is "larger key" on both sides; <c>_levels[i]</c> is the level-pool slot for <c>_keys[i]</c>.
/// The arrays grow by doubling on the rare path only (depth beyond anything seen before).
/// </remarks>
internal struct BookSide
{
    private long[] _keys;
    private int[] _levels;
    private int _count;

    public BookSide(int initialCapacity)
    {
        _keys = new long[initialCapacity];
        _levels = new int[initialCapacity];
        _count = 0;
    }

    public readonly int Count => _count;

    /// <summary>Level slot of the best price; only when <see cref="Count"/> &gt; 0.</summary>
    public readonly int BestLevel
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _levels[_count - 1];
    }

    /// <summary>Level slot at sorted <paramref name="position"/> (as returned by <see cref="TryFind"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly int LevelAt(int position) => _levels[position];

    /// <summary>Level slot <paramref name="depth"/> levels below the best (0 = best).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly int LevelAtDepth(int depth) => _levels[_count - 1 - depth];

    /// <summary>
    /// Position of <paramref name="key"/> if present (true), else where it would be inserted (false).
    /// Probes the best level first: most inserts and cancels hit the top of the book.
    /// </summary>
    public readonly bool TryFind(long key, out int position)
    {
        long[] keys = _keys;
        int hi = _count - 1;
        if (hi >= 0 && (uint)hi < (uint)keys.Length)
        {
            long best = keys[hi];
            if (key == best)
            {
                position = hi;
                return true;
            }

            if (key > best)
            {
                position = _count;
                return false;
            }
        }

        int found = keys.AsSpan(0, Math.Max(hi, 0)).BinarySearch(key); // below the best; ~insertion point when absent
        position = found >= 0 ? found : ~found;
        return found >= 0;
    }

    public void InsertAt(int position, long key, int level)
    {
        if (_count == _keys.Length)
        {
            Grow();
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void RemoveBest() => _count--;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        Array.Resize(ref _keys, _keys.Length * 2);
        Array.Resize(ref _levels, _levels.Length * 2);
    }
}
