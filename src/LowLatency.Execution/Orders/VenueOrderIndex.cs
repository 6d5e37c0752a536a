using System.Runtime.CompilerServices;

namespace LowLatency.Execution.Orders;

/// <summary>
/// Venue OrderID (37) → order slot, for reports that carry no ClOrdID of ours. Open addressing on a 64-bit hash
/// (salted with the venue) with backward-shift deletion; the caller confirms a hit by comparing the stored bytes,
/// so a hash collision can never attach a report to the wrong order.
/// </summary>
internal sealed class VenueOrderIndex
{
    private readonly ulong[] _keys;
    private readonly int[] _slots;
    private readonly int _mask;

    public VenueOrderIndex(int orders)
    {
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, orders * 2));
        _keys = new ulong[size];
        _slots = new int[size];
        _mask = size - 1;
    }

    /// <summary>The next cell holding <paramref name="hash"/> (after <paramref name="startAfter"/> when continuing a probe), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong hash, int startAfter = -1)
    {
        hash = hash == 0 ? 1 : hash;
        int i = startAfter < 0 ? (int)hash & _mask : (startAfter + 1) & _mask;
        while (true)
        {
            ulong key = _keys[i];
            if (key == 0)
            {
                return -1;
            }

            if (key == hash)
            {
                return i;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>The order slot stored at a cell returned by <see cref="Find"/>.</summary>
    public int SlotAt(int cell) => _slots[cell];

    public void Add(ulong hash, int slot)
    {
        hash = hash == 0 ? 1 : hash;
        int i = (int)hash & _mask;
        while (_keys[i] != 0)
        {
            i = (i + 1) & _mask;
        }

        _keys[i] = hash;
        _slots[i] = slot;
    }

    /// <summary>Removes the entry for (hash, slot); no-op when absent.</summary>
    public void Remove(ulong hash, int slot)
    {
        hash = hash == 0 ? 1 : hash;
        int i = (int)hash & _mask;
        while (!(_keys[i] == hash && _slots[i] == slot))
        {
            if (_keys[i] == 0)
            {
                return;
            }

            i = (i + 1) & _mask;
        }

        int hole = i;
        int j = i;
        while (true)
        {
            j = (j + 1) & _mask;
            ulong key = _keys[j];
            if (key == 0)
            {
                break;
            }

            int home = (int)key & _mask;
            bool canMove = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (canMove)
            {
                _keys[hole] = key;
                _slots[hole] = _slots[j];
                hole = j;
            }
        }

        _keys[hole] = 0;
        _slots[hole] = 0;
    }
}
