using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LowLatency.Core;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Ring.Sequencers;

/// <summary>
/// Sequencer for any number of publishing threads. Claims advance a shared cursor with a CAS; each
/// publish marks its slot in an availability buffer, so consumers see a gap-free prefix even when
/// producers finish out of order (claim 5, claim 6, publish 6: nothing past 4 is visible until 5 is).
/// </summary>
/// <remarks>
/// Invariants: the cursor is the highest <em>claimed</em> sequence and never runs more than the buffer
/// size ahead of the slowest gating sequence (capacity is checked before the CAS, Disruptor 3 style,
/// so a blocked producer never holds a claim consumers would have to spin past).
/// <c>_available[i]</c> holds the lap (<c>sequence &gt;&gt; log2(size)</c>) of the last sequence published
/// into slot i, starting at -1; a sequence is published iff its slot holds its lap. The lap changes with
/// every reuse of a slot, so a stale flag from the previous lap can never be mistaken for a publish.
/// </remarks>
public sealed class MultiProducerSequencer : ISequencer
{
    private readonly int _bufferSize;
    private readonly int _mask;
    private readonly int _indexShift;
    private readonly int[] _available;
    private readonly Sequence _cursor = new();
    private readonly Sequence _gatingCache = new(); // shared by producers: lower bound of the slowest consumer
    private readonly GatingSequences _gating = new();
    private readonly IWaitStrategy _waitStrategy;
    private readonly bool _signalOnPublish;

    public MultiProducerSequencer(int bufferSize, IWaitStrategy waitStrategy)
    {
        ArgumentNullException.ThrowIfNull(waitStrategy);
        if (bufferSize < 1 || !int.IsPow2(bufferSize))
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(bufferSize), "buffer size must be a positive power of two");
        }

        _bufferSize = bufferSize;
        _mask = bufferSize - 1;
        _indexShift = System.Numerics.BitOperations.Log2((uint)bufferSize);
        _available = new int[bufferSize];
        _available.AsSpan().Fill(-1);
        _waitStrategy = waitStrategy;
        _signalOnPublish = waitStrategy.IsBlockingStrategy;
    }

    public int BufferSize => _bufferSize;

    public long Cursor => _cursor.Value;

    internal Sequence CursorSequence => _cursor;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Next() => Next(1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Next(int n)
    {
        if ((uint)(n - 1) >= (uint)_bufferSize)
        {
            SingleProducerSequencer.ThrowBadClaimSize(n);
        }

        // Fast path: room according to the cached gating bound, and no other producer in between.
        long current = _cursor.Value;
        long next = current + n;
        if (next - _bufferSize <= _gatingCache.Value && _cursor.CompareAndSet(current, next))
        {
            return next;
        }

        return NextContended(n);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private long NextContended(int n)
    {
        var backoff = default(ProducerBackoff);
        while (true)
        {
            long current = _cursor.Value;
            long next = current + n;
            long wrapPoint = next - _bufferSize;
            if (wrapPoint > _gatingCache.Value)
            {
                long min = GatingSequences.Minimum(_gating.Current, current);
                if (wrapPoint > min)
                {
                    backoff.Idle();
                    continue;
                }

                _gatingCache.Value = min;
            }
            else if (_cursor.CompareAndSet(current, next))
            {
                return next;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryNext(out long sequence) => TryNext(1, out sequence);

    public bool TryNext(int n, out long sequence)
    {
        if ((uint)(n - 1) >= (uint)_bufferSize)
        {
            SingleProducerSequencer.ThrowBadClaimSize(n);
        }

        while (true)
        {
            long current = _cursor.Value;
            long next = current + n;
            long wrapPoint = next - _bufferSize;
            if (wrapPoint > _gatingCache.Value)
            {
                long min = GatingSequences.Minimum(_gating.Current, current);
                _gatingCache.Value = min;
                if (wrapPoint > min)
                {
                    sequence = Sequence.InitialValue;
                    return false;
                }
            }

            if (_cursor.CompareAndSet(current, next))
            {
                sequence = next;
                return true;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Publish(long sequence)
    {
        SetAvailable(sequence);
        if (_signalOnPublish)
        {
            _waitStrategy.SignalAllWhenBlocking();
        }
    }

    public void Publish(long lo, long hi)
    {
        for (long s = lo; s <= hi; s++)
        {
            SetAvailable(s);
        }

        if (_signalOnPublish)
        {
            _waitStrategy.SignalAllWhenBlocking();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetAvailable(long sequence)
    {
        // Release store of the lap: the slot writes before it are visible to a consumer that
        // acquire-reads this flag and finds the lap it expects. Index is masked, so no bounds check needed.
        ref int flag = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_available), (int)sequence & _mask);
        Volatile.Write(ref flag, (int)(sequence >>> _indexShift));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsAvailable(long sequence)
    {
        ref int flag = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_available), (int)sequence & _mask);
        return Volatile.Read(ref flag) == (int)(sequence >>> _indexShift);
    }

    public long GetHighestPublishedSequence(long lo, long available)
    {
        for (long s = lo; s <= available; s++)
        {
            if (!IsAvailable(s))
            {
                return s - 1;
            }
        }

        return available;
    }

    public long RemainingCapacity()
    {
        long claimed = _cursor.Value;
        long consumed = GatingSequences.Minimum(_gating.Current, claimed);
        return _bufferSize - (claimed - consumed);
    }

    public void AddGatingSequences(params Sequence[] sequences) => _gating.Add(_cursor, sequences);

    public bool RemoveGatingSequence(Sequence sequence) => _gating.Remove(sequence);

    public long GetMinimumGatingSequence() => GatingSequences.Minimum(_gating.Current, _cursor.Value);
}
