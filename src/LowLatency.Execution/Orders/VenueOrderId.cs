using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace LowLatency.Execution.Orders;

/// <summary>
/// The venue's OrderID(37) held inline (up to <see cref="MaxLength"/> bytes), so reports and order slots carry
/// it without a string or a reference into a receive buffer; echoed on cancels and indexed for lookup.
/// </summary>
public struct VenueOrderId
{
    /// <summary>Longest id kept; venues use far fewer (the simulated venue sends a decimal long).</summary>
    public const int MaxLength = 32;

    private Bytes32 _bytes;
    private byte _length;

    public readonly int Length => _length;

    public readonly bool IsEmpty => _length == 0;

    /// <summary>Copies wire bytes; false (and empty) when longer than <see cref="MaxLength"/>.</summary>
    public static bool TryCreate(ReadOnlySpan<byte> bytes, out VenueOrderId id)
    {
        id = default;
        if (bytes.Length > MaxLength)
        {
            return false;
        }

        bytes.CopyTo(id._bytes);
        id._length = (byte)bytes.Length;
        return true;
    }

    /// <summary>The id's bytes; the span points into this value, so keep the value where it is while using it.</summary>
    [UnscopedRef]
    public readonly ReadOnlySpan<byte> AsSpan() => ((ReadOnlySpan<byte>)_bytes)[.._length];

    public readonly bool SequenceEqual(ReadOnlySpan<byte> other) => AsSpan().SequenceEqual(other);

    public override readonly string ToString() => Encoding.ASCII.GetString(AsSpan());
}
