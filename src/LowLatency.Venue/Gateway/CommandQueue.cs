using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LowLatency.Core;

namespace LowLatency.Venue.Gateway;

// Invariants (bounded multi-producer / single-consumer queue, D. Vyukov's per-slot sequence scheme):
//  * slot i holds position p (p % capacity == i) when its Sequence is p + 1: written and published;
//    it is free for position p when its Sequence is p (initially i);
//  * producers (FIX session reader threads) claim a position with a CAS on _tail, copy the command in, then
//    publish with Volatile.Write(Sequence = p + 1) — a release: the command's bytes are visible before the
//    sequence that says they are there;
//  * the one consumer (the matching thread) reads Sequence with Volatile.Read (acquire) before the command,
//    and frees the slot with Volatile.Write(Sequence = p + capacity) after it has copied the command out.
// Nothing is allocated after construction; a full queue is a false return (the reader then waits: TCP back-pressure).

/// <summary>
/// The hand-off from the venue's FIX sessions (one reader thread per connection) to its single matching thread:
/// a preallocated ring of <see cref="VenueCommand"/> values. Lock-free, allocation-free, FIFO per producer.
/// </summary>
internal sealed class CommandQueue
{
    private readonly Slot[] _slots;
    private readonly int _mask;
    private PaddedPositions _positions;

    public CommandQueue(int capacity)
    {
        if (capacity < 2 || capacity > (1 << 24) || (capacity & (capacity - 1)) != 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(capacity), $"queue capacity must be a power of two in 2..{1 << 24}, got {capacity}");
        }

        _slots = new Slot[capacity];
        for (int i = 0; i < capacity; i++)
        {
            _slots[i].Sequence = i;
        }

        _mask = capacity - 1;
    }

    public int Capacity => _slots.Length;

    /// <summary>True when nothing is published (a racy hint for the idle strategy; exact on the consumer thread).</summary>
    public bool IsEmpty
    {
        get
        {
            long head = Volatile.Read(ref _positions.Head);
            return Volatile.Read(ref _slots[head & _mask].Sequence) != head + 1;
        }
    }

    /// <summary>Producer side (any thread): false when the queue is full (nothing was written).</summary>
    public bool TryEnqueue(in VenueCommand command)
    {
        Slot[] slots = _slots;
        long position = Volatile.Read(ref _positions.Tail);
        while (true)
        {
            ref Slot slot = ref slots[position & _mask];
            long sequence = Volatile.Read(ref slot.Sequence);
            long difference = sequence - position;
            if (difference == 0)
            {
                if (Interlocked.CompareExchange(ref _positions.Tail, position + 1, position) == position)
                {
                    slot.Command = command;
                    Volatile.Write(ref slot.Sequence, position + 1);
                    return true;
                }

                position = Volatile.Read(ref _positions.Tail);
            }
            else if (difference < 0)
            {
                return false;
            }
            else
            {
                position = Volatile.Read(ref _positions.Tail);
            }
        }
    }

    /// <summary>Consumer side (the matching thread only): copies out the oldest command and frees its slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryDequeue(out VenueCommand command)
    {
        long head = _positions.Head;
        ref Slot slot = ref _slots[head & _mask];
        if (Volatile.Read(ref slot.Sequence) != head + 1)
        {
            command = default;
            return false;
        }

        command = slot.Command;
        slot.Command.Control = null; // do not keep a finished control request alive
        Volatile.Write(ref slot.Sequence, head + _slots.Length);
        Volatile.Write(ref _positions.Head, head + 1);
        return true;
    }

    private struct Slot
    {
        public long Sequence;
        public VenueCommand Command;
    }

    /// <summary>Tail (CAS by producers) and head (written by the consumer) on their own 128-byte lines: no false sharing.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 384)]
    private struct PaddedPositions
    {
        [FieldOffset(128)]
        public long Tail;

        [FieldOffset(256)]
        public long Head;
    }
}
