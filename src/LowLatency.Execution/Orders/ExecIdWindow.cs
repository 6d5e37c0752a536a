using System.Runtime.CompilerServices;

namespace LowLatency.Execution.Orders;

// Invariants:
//  * _table is open-addressed with linear probing on Key(hash), a bijective re-mix: callers may pass anything
//    (sequential numbers included) without building the long clusters that make linear probing slow;
//    0 marks an empty cell (a key of 0 is stored as 1);
//  * _fifo holds the hashes in insertion order; when the window is full the oldest is removed from _table with
//    backward-shift deletion (no tombstones, so probes stay short forever);
//  * the table has twice the window's cells: load factor ≤ 0.5.

/// <summary>
/// The ExecIDs (hashed with the venue) of the last N reports: a resent or duplicated report is recognised and
/// ignored in O(1) with no allocation. Older duplicates are still caught by the CumQty rule (a fill is applied only
/// when CumQty grows).
/// </summary>
internal sealed class ExecIdWindow
{
    private readonly ulong[] _table;
    private readonly ulong[] _fifo;
    private readonly int _mask;
    private int _head;
    private int _count;

    public ExecIdWindow(int window)
    {
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, window));
        _fifo = new ulong[size];
        _table = new ulong[size * 2];
        _mask = _table.Length - 1;
    }

    public int Count => _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ulong hash)
    {
        hash = Key(hash);
        int i = (int)hash & _mask;
        ulong[] table = _table;
        while (true)
        {
            ulong cell = table[i];
            if (cell == hash)
            {
                return true;
            }

            if (cell == 0)
            {
                return false;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>Cells a lookup of <paramref name="hash"/> visits (clustering diagnostic for tests).</summary>
    internal int ProbeLength(ulong hash)
    {
        int i = (int)Key(hash) & _mask;
        int probes = 1;
        while (_table[i] != 0 && _table[i] != Key(hash))
        {
            i = (i + 1) & _mask;
            probes++;
        }

        return probes;
    }

    /// <summary>Adds a hash (caller checked <see cref="Contains"/>); evicts the oldest when the window is full.</summary>
    public void Add(ulong hash)
    {
        hash = Key(hash);
        int fifoMask = _fifo.Length - 1;
        if (_count == _fifo.Length)
        {
            Remove(_fifo[_head]);
            _head = (_head + 1) & fifoMask;
            _count--;
        }

        _fifo[(_head + _count) & fifoMask] = hash;
        _count++;
        Insert(hash);
    }

    /// <summary>murmur3's 64-bit finaliser: bijective, so equal inputs stay equal and different ones stay different.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        hash ^= hash >> 33;
        return hash == 0 ? 1 : hash;
    }

    private void Insert(ulong hash)
    {
        int i = (int)hash & _mask;
        while (_table[i] != 0)
        {
            if (_table[i] == hash)
            {
                return;
            }

            i = (i + 1) & _mask;
        }

        _table[i] = hash;
    }

    private void Remove(ulong hash)
    {
        int i = (int)hash & _mask;
        while (_table[i] != hash)
        {
            if (_table[i] == 0)
            {
                return;
            }

            i = (i + 1) & _mask;
        }

        // Backward-shift deletion: move later members of the probe run into the hole when their home allows it.
        int hole = i;
        int j = i;
        while (true)
        {
            j = (j + 1) & _mask;
            ulong cell = _table[j];
            if (cell == 0)
            {
                break;
            }

            int home = (int)cell & _mask;
            bool canMove = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (canMove)
            {
                _table[hole] = cell;
                hole = j;
            }
        }

        _table[hole] = 0;
    }
}
