namespace LowLatency.LoadTest.Scenarios;

/// <summary>
/// Events in flight in the engine's inbound ring, in publication order: (ring sequence bound, intended time). One
/// thread (the generator) adds and removes: a plain power-of-two array, no synchronisation. When full, the newest
/// event is not tracked (counted), never blocking the generator.
/// </summary>
public sealed class CompletionQueue(int capacityPowerOfTwo = 1 << 17)
{
    private readonly long[] _sequences = new long[Check(capacityPowerOfTwo)];
    private readonly long[] _intended = new long[capacityPowerOfTwo];
    private readonly int _mask = capacityPowerOfTwo - 1;
    private long _head;
    private long _tail;

    public long Count => _tail - _head;

    public long Untracked { get; private set; }

    public void Add(long sequence, long intendedNs)
    {
        if (_tail - _head >= _sequences.Length)
        {
            Untracked++;
            return;
        }

        int i = (int)(_tail & _mask);
        _sequences[i] = sequence;
        _intended[i] = intendedNs;
        _tail++;
    }

    /// <summary>Removes the oldest entry when its sequence is at or below <paramref name="completedSequence"/>.</summary>
    public bool TryTake(long completedSequence, out long intendedNs)
    {
        if (_head < _tail)
        {
            int i = (int)(_head & _mask);
            if (_sequences[i] <= completedSequence)
            {
                intendedNs = _intended[i];
                _head++;
                return true;
            }
        }

        intendedNs = 0;
        return false;
    }

    private static int Check(int capacity) => capacity > 0 && (capacity & (capacity - 1)) == 0 ? capacity
        : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "a power of two");
}
