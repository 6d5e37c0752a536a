using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using LowLatency.Core;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Ring.Sequencers;

/// <summary>
/// Sequencer for exactly one publishing thread: a claim is a plain add on a private counter, a publish
/// is one release store of the cursor. No atomic instruction on the claim or publish path.
/// </summary>
/// <remarks>
/// Invariants: claimed (<c>_claim.Next</c>) &gt;= cursor; claimed - slowest gating sequence &lt;= buffer size.
/// <c>_claim.CachedGating</c> is a lower bound of the slowest gating sequence (consumers only move
/// forward), so the gating array is scanned only when a claim would pass that bound.
/// Calling Next/TryNext/Publish from two threads at once corrupts the ring: use <see cref="MultiProducerSequencer"/>.
/// </remarks>
public sealed class SingleProducerSequencer : ISequencer
{
    private readonly int _bufferSize;
    private readonly Sequence _cursor = new();
    private readonly GatingSequences _gating = new();
    private readonly IWaitStrategy _waitStrategy;
    private readonly bool _signalOnPublish;
    private PaddedClaimState _claim;

    public SingleProducerSequencer(int bufferSize, IWaitStrategy waitStrategy)
    {
        ArgumentNullException.ThrowIfNull(waitStrategy);
        if (bufferSize < 1 || !int.IsPow2(bufferSize))
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(bufferSize), "buffer size must be a positive power of two");
        }

        _bufferSize = bufferSize;
        _waitStrategy = waitStrategy;
        _signalOnPublish = waitStrategy.IsBlockingStrategy;
        _claim.Next = Sequence.InitialValue;
        _claim.CachedGating = Sequence.InitialValue;
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
            ThrowBadClaimSize(n);
        }

        long next = _claim.Next + n;
        long wrapPoint = next - _bufferSize;
        if (wrapPoint > _claim.CachedGating)
        {
            WaitForCapacity(wrapPoint);
        }

        _claim.Next = next;
        return next;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WaitForCapacity(long wrapPoint)
    {
        // StoreLoad: our earlier slot writes and cursor store are ordered before the gating reads, so the
        // consumers we wait for can see what they need to make progress.
        Interlocked.MemoryBarrier();
        long claimed = _claim.Next;
        long min;
        var backoff = default(ProducerBackoff);
        while (wrapPoint > (min = GatingSequences.Minimum(_gating.Current, claimed)))
        {
            backoff.Idle();
        }

        _claim.CachedGating = min;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryNext(out long sequence) => TryNext(1, out sequence);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryNext(int n, out long sequence)
    {
        if ((uint)(n - 1) >= (uint)_bufferSize)
        {
            ThrowBadClaimSize(n);
        }

        long next = _claim.Next + n;
        if (next - _bufferSize > _claim.CachedGating && !RefreshCapacity(next - _bufferSize))
        {
            sequence = Sequence.InitialValue;
            return false;
        }

        _claim.Next = next;
        sequence = next;
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool RefreshCapacity(long wrapPoint)
    {
        Interlocked.MemoryBarrier(); // StoreLoad, as in WaitForCapacity
        long min = GatingSequences.Minimum(_gating.Current, _claim.Next);
        _claim.CachedGating = min;
        return wrapPoint <= min;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Publish(long sequence)
    {
        // Release store: every slot write made before this line is visible to a consumer that
        // acquire-reads a cursor value >= sequence.
        _cursor.Value = sequence;
        if (_signalOnPublish)
        {
            _waitStrategy.SignalAllWhenBlocking();
        }
    }

    /// <summary>Single producer: the range is contiguous, publishing its top publishes all of it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Publish(long lo, long hi) => Publish(hi);

    public bool IsAvailable(long sequence)
    {
        long cursor = _cursor.Value;
        return sequence <= cursor && sequence > cursor - _bufferSize;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long GetHighestPublishedSequence(long lo, long available) => available;

    /// <summary>Exact on the producer thread; an estimate elsewhere (reads the producer's private counter).</summary>
    public long RemainingCapacity()
    {
        long claimed = Volatile.Read(ref _claim.Next);
        long consumed = GatingSequences.Minimum(_gating.Current, claimed);
        return _bufferSize - (claimed - consumed);
    }

    public void AddGatingSequences(params Sequence[] sequences) => _gating.Add(_cursor, sequences);

    public bool RemoveGatingSequence(Sequence sequence) => _gating.Remove(sequence);

    public long GetMinimumGatingSequence() => GatingSequences.Minimum(_gating.Current, _cursor.Value);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowBadClaimSize(long n) =>
        ThrowHelper.ThrowArgumentOutOfRange(nameof(n), $"claim size {n} must be between 1 and the buffer size");
}
