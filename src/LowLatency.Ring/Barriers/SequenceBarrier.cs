using System.Runtime.CompilerServices;
using LowLatency.Ring.Sequencers;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Ring.Barriers;

/// <summary>
/// What a consumer waits on: the ring's cursor, or the sequences of the stages it runs after (A → B:
/// B's barrier depends on A; a join depends on both parallel stages). Also carries the alert flag that
/// halts a waiting processor without an exception. Created by <see cref="RingBuffer{T}.NewBarrier"/>.
/// </summary>
/// <remarks>
/// Consumers may only ever see a gap-free prefix of published events. With one producer the cursor is
/// that prefix. With several, the cursor is the highest <em>claim</em>, so a barrier that waits on the
/// cursor scans the availability buffer; a barrier with upstream dependencies does not need to, because
/// an upstream stage only ever processed published events (and gating stops a slot being re-claimed
/// before the last stage is done with it).
/// </remarks>
public sealed class SequenceBarrier
{
    private readonly Sequence _cursor;
    private readonly Sequence[] _dependents;
    private readonly Sequence? _single; // the cursor (no dependents) or the only dependent; null for 2+
    private readonly MultiProducerSequencer? _needsAvailabilityScan;
    private readonly IWaitStrategy _waitStrategy;
    private volatile bool _alerted;

    internal SequenceBarrier(Sequence cursor, ISequencer sequencer, IWaitStrategy waitStrategy, Sequence[] dependents)
    {
        _cursor = cursor;
        _dependents = dependents;
        _single = dependents.Length switch
        {
            0 => cursor,
            1 => dependents[0],
            _ => null,
        };
        _needsAvailabilityScan = dependents.Length == 0 ? sequencer as MultiProducerSequencer : null;
        _waitStrategy = waitStrategy;
    }

    internal Sequence CursorSequence => _cursor;

    /// <summary>The ring's cursor (acquire read).</summary>
    public long CursorValue
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _cursor.Value;
    }

    /// <summary>The sequence this barrier waits on: the cursor, or the slowest upstream stage (acquire reads).</summary>
    public long DependentValue
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            Sequence? single = _single;
            return single is not null ? single.Value : GatingSequences.Minimum(_dependents, long.MaxValue);
        }
    }

    /// <summary>The upstream sequences (empty when waiting on the cursor).</summary>
    public ReadOnlySpan<Sequence> Dependents => _dependents;

    /// <summary>True once <see cref="Alert"/> was called and until <see cref="ClearAlert"/>.</summary>
    public bool IsAlerted
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _alerted;
    }

    /// <summary>
    /// Waits (with the processor's own copy of the wait strategy, so the call is specialised and inlined)
    /// until <paramref name="sequence"/> is available to this consumer. Returns the highest sequence it may
    /// read (&gt;= <paramref name="sequence"/> normally; lower while a multi-producer claim below it is
    /// still unpublished) or a negative <see cref="WaitResult"/> sentinel.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long WaitFor<TWait>(long sequence, ref TWait waitStrategy)
        where TWait : struct, IWaitStrategy
    {
        long available = waitStrategy.WaitFor(sequence, this);
        if (available < sequence || _needsAvailabilityScan is null)
        {
            return available;
        }

        return _needsAvailabilityScan.GetHighestPublishedSequence(sequence, available);
    }

    /// <summary>
    /// <see cref="WaitFor{TWait}(long, ref TWait)"/> through the ring's wait strategy interface: for
    /// hand-written consumer loops that are not generic over the strategy.
    /// </summary>
    public long WaitFor(long sequence)
    {
        long available = _waitStrategy.WaitFor(sequence, this);
        if (available < sequence || _needsAvailabilityScan is null)
        {
            return available;
        }

        return _needsAvailabilityScan.GetHighestPublishedSequence(sequence, available);
    }

    /// <summary>Makes every wait on this barrier return <see cref="WaitResult.Alerted"/>, waking parked waiters.</summary>
    public void Alert()
    {
        _alerted = true; // volatile write; the strategy's signal fences before reading its waiter count
        _waitStrategy.SignalAllWhenBlocking();
    }

    /// <summary>Re-arms the barrier (a processor does this when it starts running).</summary>
    public void ClearAlert() => _alerted = false;
}
