using System.Runtime.CompilerServices;

namespace LowLatency.Ring.Sequencers;

/// <summary>
/// The copy-on-write set of consumer sequences a sequencer gates on. Producers read the array with one
/// acquire load and never lock; adding or removing (wiring time) swaps in a new array with a CAS.
/// </summary>
internal sealed class GatingSequences
{
    private Sequence[] _sequences = [];

    public Sequence[] Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Volatile.Read(ref _sequences);
    }

    public void Add(Sequence cursor, Sequence[] toAdd)
    {
        ArgumentNullException.ThrowIfNull(toAdd);
        foreach (var s in toAdd)
        {
            ArgumentNullException.ThrowIfNull(s, nameof(toAdd));
        }

        Sequence[] current;
        Sequence[] updated;
        do
        {
            current = Volatile.Read(ref _sequences);
            updated = new Sequence[current.Length + toAdd.Length];
            current.CopyTo(updated, 0);
            toAdd.CopyTo(updated, current.Length);
            long cursorValue = cursor.Value;
            foreach (var s in toAdd)
            {
                s.Value = cursorValue;
            }
        }
        while (Interlocked.CompareExchange(ref _sequences, updated, current) != current);

        // The cursor may have moved while we swapped: start the new consumers no later than it is now.
        long latest = cursor.Value;
        foreach (var s in toAdd)
        {
            s.Value = latest;
        }
    }

    public bool Remove(Sequence sequence)
    {
        Sequence[] current;
        Sequence[] updated;
        do
        {
            current = Volatile.Read(ref _sequences);
            int index = Array.IndexOf(current, sequence);
            if (index < 0)
            {
                return false;
            }

            updated = new Sequence[current.Length - 1];
            Array.Copy(current, 0, updated, 0, index);
            Array.Copy(current, index + 1, updated, index, current.Length - index - 1);
        }
        while (Interlocked.CompareExchange(ref _sequences, updated, current) != current);

        return true;
    }

    /// <summary>Smallest value in <paramref name="sequences"/>, or <paramref name="fallback"/> when empty.</summary>
    public static long Minimum(Sequence[] sequences, long fallback)
    {
        long min = fallback;
        for (int i = 0; i < sequences.Length; i++)
        {
            long v = sequences[i].Value;
            if (v < min)
            {
                min = v;
            }
        }

        return min;
    }
}
