using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using LowLatency.Core;

namespace LowLatency.Venue.Matching;

/// <summary>
/// A client order id (FIX ClOrdID(11)) held inline as up to <see cref="MaxLength"/> bytes: the gateway
/// copies the wire bytes in and writes them back out on every report, so neither the FIX layer nor the
/// matching core needs a string, an interning table or a reverse lookup on the hot path.
/// </summary>
/// <remarks>
/// Four little-endian words plus a length; bytes past <see cref="Length"/> are always zero, so equality is
/// five integer compares and the hash mixes four words.
/// </remarks>
public readonly struct ClientOrderId : IEquatable<ClientOrderId>
{
    /// <summary>Longest id accepted: FIX does not bound ClOrdID, real venues cap it near 20–36 bytes.</summary>
    public const int MaxLength = 32;

    private readonly ulong _w0;
    private readonly ulong _w1;
    private readonly ulong _w2;
    private readonly ulong _w3;
    private readonly byte _length;

    private ClientOrderId(ReadOnlySpan<byte> bytes)
    {
        Span<byte> buffer = stackalloc byte[MaxLength];
        buffer.Clear();
        bytes.CopyTo(buffer);
        _w0 = BinaryPrimitives.ReadUInt64LittleEndian(buffer);
        _w1 = BinaryPrimitives.ReadUInt64LittleEndian(buffer[8..]);
        _w2 = BinaryPrimitives.ReadUInt64LittleEndian(buffer[16..]);
        _w3 = BinaryPrimitives.ReadUInt64LittleEndian(buffer[24..]);
        _length = (byte)bytes.Length;
    }

    /// <summary>Number of bytes; 0 only for <c>default</c>, which means "no id" (e.g. no OrigClOrdID).</summary>
    public int Length => _length;

    public bool IsEmpty => _length == 0;

    /// <summary>Copies wire bytes (1 to <see cref="MaxLength"/> of them); false when empty or too long.</summary>
    public static bool TryCreate(ReadOnlySpan<byte> bytes, out ClientOrderId id)
    {
        if ((uint)(bytes.Length - 1) >= MaxLength)
        {
            id = default;
            return false;
        }

        id = new ClientOrderId(bytes);
        return true;
    }

    /// <summary>The decimal digits of <paramref name="number"/>: ids for synthetic flow and benchmarks, without allocating.</summary>
    public static ClientOrderId FromNumber(long number)
    {
        Span<byte> digits = stackalloc byte[20];
        number.TryFormat(digits, out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        return new ClientOrderId(digits[..written]);
    }

    /// <summary>For tests and configuration: throws on an empty or over-long id.</summary>
    public static ClientOrderId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength || !TryCreate(Encoding.ASCII.GetBytes(text), out ClientOrderId id))
        {
            ThrowHelper.ThrowArgument(nameof(text), $"a client order id has 1 to {MaxLength} ASCII characters, got '{text}'");
            return default;
        }

        return id;
    }

    /// <summary>Writes the id's bytes (what goes after "11=") and returns how many; false if it does not fit.</summary>
    public bool TryCopyTo(Span<byte> destination, out int written)
    {
        written = _length;
        if (destination.Length < _length)
        {
            written = 0;
            return false;
        }

        Span<byte> buffer = stackalloc byte[MaxLength];
        BinaryPrimitives.WriteUInt64LittleEndian(buffer, _w0);
        BinaryPrimitives.WriteUInt64LittleEndian(buffer[8..], _w1);
        BinaryPrimitives.WriteUInt64LittleEndian(buffer[16..], _w2);
        BinaryPrimitives.WriteUInt64LittleEndian(buffer[24..], _w3);
        buffer[.._length].CopyTo(destination);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(ClientOrderId other) =>
        _w0 == other._w0 && _w1 == other._w1 && _w2 == other._w2 && _w3 == other._w3 && _length == other._length;

    public override bool Equals(object? obj) => obj is ClientOrderId other && Equals(other);

    /// <summary>A 64-bit mix of all words (the order index folds the owner in and keeps the low bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Hash64()
    {
        // Multiply-rotate per word, then a murmur-style finaliser so short numeric ids (all in _w0/_w1)
        // still spread over the low bits the bucket mask keeps.
        ulong h = (_w0 * 0x9E3779B97F4A7C15UL) ^ BitOperationsRotate(_w1 * 0xC2B2AE3D27D4EB4FUL, 23)
                  ^ BitOperationsRotate(_w2 * 0x165667B19E3779F9UL, 41) ^ BitOperationsRotate(_w3 * 0x27D4EB2F165667C5UL, 59)
                  ^ _length;
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return h;
    }

    public override int GetHashCode() => (int)Hash64();

    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[MaxLength];
        TryCopyTo(bytes, out int written);
        return Encoding.ASCII.GetString(bytes[..written]);
    }

    public static bool operator ==(ClientOrderId left, ClientOrderId right) => left.Equals(right);

    public static bool operator !=(ClientOrderId left, ClientOrderId right) => !left.Equals(right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong BitOperationsRotate(ulong value, int offset) => System.Numerics.BitOperations.RotateLeft(value, offset);
}
