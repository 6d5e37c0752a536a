namespace LowLatency.Ring.Tests.Support;

/// <summary>
/// What a consumer saw, written only by the consumer thread and read by the test after a synchronising
/// event (reached / stopped), so plain fields are enough.
/// </summary>
public sealed class Deliveries
{
    private readonly int[] _countBySequence;

    public Deliveries(int capacity) => _countBySequence = new int[capacity];

    public long Count;
    public long LastSequence = -1;
    public long OutOfOrder;
    public long WrongPayload;
    public long Batches;
    public long BatchEventsAnnounced;
    public long EndOfBatchFlags;
    public long Target = long.MaxValue;
    public int Starts;
    public int Shutdowns;
    public readonly ManualResetEventSlim Reached = new();

    public void Record(long sequence, long value)
    {
        if (sequence != LastSequence + 1)
        {
            OutOfOrder++;
        }

        if (value != sequence * 3)
        {
            WrongPayload++;
        }

        LastSequence = sequence;
        Count++;
        if ((ulong)sequence < (ulong)_countBySequence.Length)
        {
            _countBySequence[sequence]++;
        }

        if (sequence >= Target)
        {
            Reached.Set();
        }
    }

    /// <summary>Sequences in [0, upTo] delivered a number of times other than one, and any delivered beyond upTo.</summary>
    public (long NotExactlyOnce, long Beyond) CheckExactlyOnce(long upTo)
    {
        long bad = 0;
        long beyond = 0;
        for (long s = 0; s < _countBySequence.Length; s++)
        {
            if (s <= upTo && _countBySequence[s] != 1)
            {
                bad++;
            }
            else if (s > upTo && _countBySequence[s] != 0)
            {
                beyond++;
            }
        }

        return (bad, beyond);
    }
}
