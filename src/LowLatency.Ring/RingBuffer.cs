using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LowLatency.Core;
using LowLatency.Ring.Barriers;
using LowLatency.Ring.Sequencers;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Ring;

/// <summary>
/// The Disruptor ring: a power-of-two array of preallocated struct slots that producers fill in place
/// (<c>ref ring[seq]</c>) and consumers read in place, coordinated only by sequences, so an event crosses
/// threads with no allocation, no copy into a queue node and no lock.
/// </summary>
/// <remarks>
/// Usage: <c>long seq = ring.Next(); ref var e = ref ring[seq]; e.X = ...; ring.Publish(seq);</c>
/// Every claimed sequence must be published, or consumers stop at it forever.
/// Slot index is <c>sequence &amp; (size - 1)</c>. The slot array has a margin of at least 128 bytes of
/// unused slots at each end, so the first and last real slots never share an adjacent-line pair with
/// the array header or a neighbouring object. Producer calls forward to one of two sealed sequencers;
/// the branch between them is decided once and always predicted, so they inline like direct calls.
/// </remarks>
public sealed class RingBuffer<T>
    where T : struct
{
    private readonly T[] _slots;
    private readonly int _margin;
    private readonly long _mask;
    private readonly int _bufferSize;
    private readonly SingleProducerSequencer? _single;
    private readonly MultiProducerSequencer? _multi;
    private readonly ISequencer _sequencer;
    private readonly Sequence _cursor;
    private readonly IWaitStrategy _waitStrategy;

    private RingBuffer(ProducerType producerType, int bufferSize, IWaitStrategy waitStrategy, Func<T>? slotFactory)
    {
        if (bufferSize < 1 || !int.IsPow2(bufferSize))
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(bufferSize), $"buffer size {bufferSize} must be a positive power of two");
        }

        _bufferSize = bufferSize;
        _mask = bufferSize - 1;
        _margin = Math.Max(1, (128 + Unsafe.SizeOf<T>() - 1) / Unsafe.SizeOf<T>());
        _slots = new T[bufferSize + (2 * _margin)];
        if (slotFactory is not null)
        {
            for (int i = 0; i < bufferSize; i++)
            {
                _slots[_margin + i] = slotFactory();
            }
        }

        _waitStrategy = waitStrategy;
        switch (producerType)
        {
            case ProducerType.Single:
                _single = new SingleProducerSequencer(bufferSize, waitStrategy);
                _sequencer = _single;
                _cursor = _single.CursorSequence;
                break;
            case ProducerType.Multi:
                _multi = new MultiProducerSequencer(bufferSize, waitStrategy);
                _sequencer = _multi;
                _cursor = _multi.CursorSequence;
                break;
            default:
                ThrowHelper.ThrowArgumentOutOfRange(nameof(producerType), $"unknown producer type {producerType}");
                _sequencer = null!;
                _cursor = null!;
                break;
        }
    }

    /// <summary>A ring for one publishing thread (the cheapest sequencer).</summary>
    public static RingBuffer<T> CreateSingleProducer<TWait>(int bufferSize, TWait waitStrategy, Func<T>? slotFactory = null)
        where TWait : struct, IWaitStrategy =>
        new(ProducerType.Single, bufferSize, waitStrategy, slotFactory);

    /// <summary>A ring any number of threads may publish to.</summary>
    public static RingBuffer<T> CreateMultiProducer<TWait>(int bufferSize, TWait waitStrategy, Func<T>? slotFactory = null)
        where TWait : struct, IWaitStrategy =>
        new(ProducerType.Multi, bufferSize, waitStrategy, slotFactory);

    /// <summary>A ring with the given producer type (configuration-driven wiring).</summary>
    public static RingBuffer<T> Create<TWait>(ProducerType producerType, int bufferSize, TWait waitStrategy, Func<T>? slotFactory = null)
        where TWait : struct, IWaitStrategy =>
        new(producerType, bufferSize, waitStrategy, slotFactory);

    /// <summary>Number of slots.</summary>
    public int BufferSize => _bufferSize;

    /// <summary>Single or multi producer.</summary>
    public ProducerType ProducerType => _single is not null ? ProducerType.Single : ProducerType.Multi;

    /// <summary>The wait strategy (boxed copy; processors specialise on its concrete type).</summary>
    public IWaitStrategy WaitStrategy => _waitStrategy;

    /// <summary>The sequencer behind this ring, for tools and tests.</summary>
    public ISequencer Sequencer => _sequencer;

    /// <summary>
    /// Highest published sequence (single producer) or highest claimed (multi producer). Once producers
    /// have stopped, both are "the last event".
    /// </summary>
    public long Cursor => _cursor.Value;

    /// <summary>
    /// The slot for <paramref name="sequence"/>, by reference: write it between Next and Publish, read it
    /// in a handler. No bounds check: the index is masked into the array.
    /// </summary>
    public ref T this[long sequence]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), _margin + (int)(sequence & _mask));
    }

    /// <summary>Reference to the first real slot and the index mask, for the processor's inner loop.</summary>
    internal ref T FirstSlot => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), _margin);

    internal long Mask => _mask;

    internal Sequence CursorSequence => _cursor;

    /// <summary>Claims the next slot, waiting while the ring is full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Next() => _single is not null ? _single.Next(1) : _multi!.Next(1);

    /// <summary>Claims <paramref name="n"/> slots (1..BufferSize); returns the highest, the first is <c>hi - n + 1</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Next(int n) => _single is not null ? _single.Next(n) : _multi!.Next(n);

    /// <summary>Claims the next slot if the ring has room now; false (nothing claimed) under back-pressure.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryNext(out long sequence) =>
        _single is not null ? _single.TryNext(1, out sequence) : _multi!.TryNext(1, out sequence);

    /// <summary>Claims <paramref name="n"/> slots if all fit now; returns the highest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryNext(int n, out long sequence) =>
        _single is not null ? _single.TryNext(n, out sequence) : _multi!.TryNext(n, out sequence);

    /// <summary>Makes the claimed slot visible to consumers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Publish(long sequence)
    {
        if (_single is not null)
        {
            _single.Publish(sequence);
        }
        else
        {
            _multi!.Publish(sequence);
        }
    }

    /// <summary>Makes the claimed range <paramref name="lo"/>..<paramref name="hi"/> visible.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Publish(long lo, long hi)
    {
        if (_single is not null)
        {
            _single.Publish(hi);
        }
        else
        {
            _multi!.Publish(lo, hi);
        }
    }

    /// <summary>Free slots right now (see <see cref="ISequencer.RemainingCapacity"/>).</summary>
    public long RemainingCapacity() => _sequencer.RemainingCapacity();

    /// <summary>
    /// A barrier over the cursor (no arguments) or over the stages a new consumer must run after.
    /// </summary>
    public SequenceBarrier NewBarrier(params Sequence[] dependents)
    {
        ArgumentNullException.ThrowIfNull(dependents);
        foreach (var d in dependents)
        {
            ArgumentNullException.ThrowIfNull(d, nameof(dependents));
        }

        return new SequenceBarrier(_cursor, _sequencer, _waitStrategy, (Sequence[])dependents.Clone());
    }

    /// <summary>
    /// Producers will not overtake these sequences (normally the last stage of each consumer chain).
    /// Each is set to the current cursor first (see <see cref="ISequencer.AddGatingSequences"/>).
    /// </summary>
    public void AddGatingSequences(params Sequence[] sequences) => _sequencer.AddGatingSequences(sequences);

    /// <summary>Stops gating on a sequence (a consumer removed at run time).</summary>
    public bool RemoveGatingSequence(Sequence sequence) => _sequencer.RemoveGatingSequence(sequence);

    /// <summary>Slowest gating sequence, or the cursor if there is none.</summary>
    public long GetMinimumGatingSequence() => _sequencer.GetMinimumGatingSequence();
}
