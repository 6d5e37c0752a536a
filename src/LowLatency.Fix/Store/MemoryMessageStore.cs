using System.Runtime.CompilerServices;
using LowLatency.Core;
using LowLatency.Core.Time;

namespace LowLatency.Fix.Store;

/// <summary>
/// The message store for tests and for sessions without FileStorePath: same contract as the file
/// store, nothing survives the process. Messages are copied into one growing byte arena; the
/// constructor's capacities let a test warm up once and then store without allocating.
/// </summary>
public sealed class MemoryMessageStore : IMessageStore
{
    private readonly IClock _clock;
    private readonly Dictionary<long, (int Offset, int Length)> _index;
    private byte[] _arena;
    private int _arenaUsed;
    private long _lowestStored = long.MaxValue;
    private long _highestStored;
    private long _nextSender = 1;
    private long _nextTarget = 1;
    private long _creationNanos;

    /// <param name="clock">Source of the creation time; the system clock when null.</param>
    /// <param name="initialMessageCapacity">Messages indexed before the index grows.</param>
    /// <param name="initialArenaBytes">Message bytes held before the arena grows.</param>
    public MemoryMessageStore(IClock? clock = null, int initialMessageCapacity = 1024, int initialArenaBytes = 1 << 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialMessageCapacity);
        ArgumentOutOfRangeException.ThrowIfLessThan(initialArenaBytes, 1);
        _clock = clock ?? new SystemClock();
        _index = new Dictionary<long, (int, int)>(initialMessageCapacity);
        _arena = new byte[initialArenaBytes];
        _creationNanos = _clock.UtcEpochNanoseconds();
    }

    public long NextSenderSeqNum => _nextSender;

    public long NextTargetSeqNum => _nextTarget;

    public long CreationTimeUtcNanos => _creationNanos;

    public DateTime CreationTimeUtc => DateTime.UnixEpoch.AddTicks(_creationNanos / 100);

    public void SetNextSenderSeqNum(long value)
    {
        SeqNumGuard.ThrowIfInvalid(value, nameof(value));
        if (value <= _highestStored)
        {
            DiscardFrom(value);
        }

        _nextSender = value;
    }

    public void SetNextTargetSeqNum(long value)
    {
        SeqNumGuard.ThrowIfInvalid(value, nameof(value));
        _nextTarget = value;
    }

    public void IncrementNextSenderSeqNum() => _nextSender++;

    public void IncrementNextTargetSeqNum() => _nextTarget++;

    public void Store(long seqNum, ReadOnlySpan<byte> message)
    {
        SeqNumGuard.ThrowIfInvalid(seqNum, nameof(seqNum));
        if (message.IsEmpty)
        {
            ThrowHelper.ThrowArgument(nameof(message), "a stored message cannot be empty");
        }

        if (message.Length > _arena.Length - _arenaUsed)
        {
            Grow(message.Length);
        }

        message.CopyTo(_arena.AsSpan(_arenaUsed));
        _index[seqNum] = (_arenaUsed, message.Length); // replacing an entry never resizes the dictionary
        _arenaUsed += message.Length;
        if (seqNum > _highestStored)
        {
            _highestStored = seqNum;
        }

        if (seqNum < _lowestStored)
        {
            _lowestStored = seqNum;
        }
    }

    public int VisitRange<TVisitor>(long beginSeqNum, long endSeqNum, ref TVisitor visitor)
        where TVisitor : struct, IStoredMessageVisitor, allows ref struct
    {
        long first = Math.Max(beginSeqNum, _lowestStored);
        long last = Math.Min(endSeqNum, _highestStored);
        int visited = 0;
        for (long seq = first; seq <= last; seq++)
        {
            if (_index.TryGetValue(seq, out (int Offset, int Length) entry))
            {
                visited++;
                if (!visitor.OnMessage(seq, new ReadOnlySpan<byte>(_arena, entry.Offset, entry.Length)))
                {
                    break;
                }
            }
        }

        return visited;
    }

    public void Reset()
    {
        _index.Clear();
        _arenaUsed = 0;
        _lowestStored = long.MaxValue;
        _highestStored = 0;
        _nextSender = 1;
        _nextTarget = 1;
        _creationNanos = _clock.UtcEpochNanoseconds();
    }

    /// <summary>Nothing to reload: memory is the only copy.</summary>
    public void Refresh()
    {
    }

    public void Dispose()
    {
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int needed)
    {
        long size = Math.Max((long)_arena.Length * 2, (long)_arenaUsed + needed);
        if (size > Array.MaxLength)
        {
            ThrowHelper.ThrowInvalidOperation("memory message store is full (2 GiB); use a file store");
        }

        Array.Resize(ref _arena, (int)size);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void DiscardFrom(long seqNum)
    {
        var doomed = new List<long>();
        foreach (long stored in _index.Keys)
        {
            if (stored >= seqNum)
            {
                doomed.Add(stored);
            }
        }

        foreach (long stored in doomed)
        {
            _index.Remove(stored);
        }

        _highestStored = 0;
        _lowestStored = long.MaxValue;
        foreach (long stored in _index.Keys)
        {
            _highestStored = Math.Max(_highestStored, stored);
            _lowestStored = Math.Min(_lowestStored, stored);
        }
    }
}
