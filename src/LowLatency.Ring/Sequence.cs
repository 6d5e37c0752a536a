using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LowLatency.Ring;

/// <summary>
/// A 64-bit sequence counter (producer cursor, consumer progress) alone on its own cache lines, so the
/// thread that writes it never invalidates a line another thread reads for something else.
/// </summary>
/// <remarks>
/// Layout: 256 bytes of fields with the value at offset 128. Intel's adjacent-line (spatial) prefetcher
/// pulls cache lines in 128-byte aligned pairs, so 64 bytes of padding is not enough: with 128 bytes on
/// either side nothing else lives in the value's 128-byte block, wherever the GC places the object.
/// <c>StructLayout.Size</c> alone does not do it for a class: the runtime ignores it and allocated 152
/// bytes (measured, .NET 10; see SequenceTests), so an explicit tail field at offset 248 holds the size.
/// Memory model: <see cref="Value"/> reads are <see cref="Volatile.Read(ref readonly long)"/> (acquire)
/// and writes <see cref="Volatile.Write(ref long, long)"/> (release): a consumer that reads a published
/// sequence sees every slot write the producer made before publishing it. On x64 (TSO) both compile to
/// plain moves plus a compiler barrier; on Arm64 they are ldar/stlr.
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = 256)]
public sealed class Sequence
{
    /// <summary>Every sequence starts here: "nothing claimed, published or consumed yet".</summary>
    public const long InitialValue = -1;

    [FieldOffset(128)]
    private long _value;

#pragma warning disable CS0169 // never read: it exists only to make the object 256 bytes of fields
    [FieldOffset(248)]
    private readonly long _tailPadding;
#pragma warning restore CS0169

    public Sequence(long initialValue = InitialValue) => _value = initialValue;

    /// <summary>Acquire read / release write of the counter.</summary>
    public long Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Volatile.Read(ref _value);
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        set => Volatile.Write(ref _value, value);
    }

    /// <summary>
    /// Write followed by a full fence (StoreLoad): later reads of other sequences cannot be satisfied
    /// before this write is visible. Needed only where a thread writes one counter and then decides on
    /// another thread's counter (Dekker-style), never on the per-event path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetValueWithFullFence(long value) => Interlocked.Exchange(ref _value, value);

    /// <summary>Atomic compare-and-set (full fence); true when the value was <paramref name="expected"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool CompareAndSet(long expected, long value) =>
        Interlocked.CompareExchange(ref _value, value, expected) == expected;

    /// <summary>Atomic add (full fence); returns the new value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long AddAndGet(long delta) => Interlocked.Add(ref _value, delta);

    /// <summary>Atomic increment (full fence); returns the new value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long IncrementAndGet() => Interlocked.Increment(ref _value);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
