using System.Runtime.CompilerServices;
using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Framing;
using LowLatency.Fix.Codec.Values;

namespace LowLatency.Fix.Codec.Writing;

// Invariants:
//  * the message is written front to back straight into the caller's buffer, starting at offset 0, so the
//    result can be handed to a socket or PipeWriter as is;
//  * BodyLength is unknown until the end, so three digits are reserved ("9=ddd"); Finish moves the body by
//    the difference when the real length has another digit count (only messages under 100 or over 999 bytes
//    of body pay a memmove of the body, a few ns);
//  * every Write checks the worst-case length of what it writes; when the buffer is too small nothing more is
//    written and TryFinish returns false (back-pressure by return value, no exception on the hot path).

/// <summary>
/// Writes one FIX message into a caller-provided buffer: typed fields, then BodyLength and CheckSum computed by
/// <see cref="TryFinish"/>. A mutable ref struct: pass it by <c>ref</c>. Usually obtained from
/// <see cref="FixMessageEncoder.Begin(Span{byte}, ReadOnlySpan{byte}, int, long)"/>, which writes the session header.
/// </summary>
public ref struct FixMessageWriter
{
    private const int ReservedLengthDigits = 3;
    private const int MaxTagLength = 10; // digits of a tag, '=' included
    private const byte Soh = 1;

    private readonly Span<byte> _buffer;
    private readonly UtcTimestampFormatter? _timestamps;
    private int _pos;
    private int _lengthDigitsAt;
    private int _bodyStart;
    private bool _overflow;
    private bool _finished;

    /// <summary>Starts a message: writes 8=<paramref name="beginString"/>, reserves 9=, writes 35=<paramref name="msgType"/>.</summary>
    public FixMessageWriter(Span<byte> destination, ReadOnlySpan<byte> beginString, ReadOnlySpan<byte> msgType, UtcTimestampFormatter? timestamps = null)
    {
        _buffer = destination;
        _timestamps = timestamps;
        int need = 2 + beginString.Length + 1 + 2 + ReservedLengthDigits + 1 + 3 + msgType.Length + 1;
        if (need > destination.Length || beginString.IsEmpty || msgType.IsEmpty)
        {
            _overflow = true;
            return;
        }

        Span<byte> b = destination;
        b[0] = (byte)'8';
        b[1] = (byte)'=';
        beginString.CopyTo(b[2..]);
        int p = 2 + beginString.Length;
        b[p++] = Soh;
        b[p++] = (byte)'9';
        b[p++] = (byte)'=';
        _lengthDigitsAt = p;
        p += ReservedLengthDigits;
        b[p++] = Soh;
        _bodyStart = p;
        b[p++] = (byte)'3';
        b[p++] = (byte)'5';
        b[p++] = (byte)'=';
        msgType.CopyTo(b[p..]);
        p += msgType.Length;
        b[p++] = Soh;
        _pos = p;
    }

    /// <summary>Bytes written so far (the trailer not included until finished).</summary>
    public readonly int Length => _pos;

    /// <summary>True once a write did not fit: the message is incomplete and <see cref="TryFinish"/> will fail.</summary>
    public readonly bool HasOverflowed => _overflow;

    /// <summary>The formatter used for timestamp fields (cached seconds), if one was given.</summary>
    public readonly UtcTimestampFormatter? Timestamps => _timestamps;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteInt(int tag, int value) => WriteLong(tag, value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteLong(int tag, long value)
    {
        if (!Reserve(MaxTagLength + FixNumber.MaxLongLength + 1))
        {
            return;
        }

        int p = WriteTagUnchecked(tag);
        p += FixNumber.Write(value, _buffer[p..]);
        _buffer[p] = Soh;
        _pos = p + 1;
    }

    public void WritePrice(int tag, Price value)
    {
        if (!Reserve(MaxTagLength + Price.MaxFormattedLength + 1))
        {
            return;
        }

        int p = WriteTagUnchecked(tag);
        value.TryFormat(_buffer[p..], out int written);
        p += written;
        _buffer[p] = Soh;
        _pos = p + 1;
    }

    public void WriteQuantity(int tag, Quantity value)
    {
        if (!Reserve(MaxTagLength + Quantity.MaxFormattedLength + 1))
        {
            return;
        }

        int p = WriteTagUnchecked(tag);
        value.TryFormat(_buffer[p..], out int written);
        p += written;
        _buffer[p] = Soh;
        _pos = p + 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteChar(int tag, char value)
    {
        if (!Reserve(MaxTagLength + 2))
        {
            return;
        }

        int p = WriteTagUnchecked(tag);
        _buffer[p] = (byte)value;
        _buffer[p + 1] = Soh;
        _pos = p + 2;
    }

    public void WriteBool(int tag, bool value) => WriteChar(tag, value ? 'Y' : 'N');

    /// <summary>A string field from bytes (ASCII/UTF-8 as the counterparty expects; must not contain SOH).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteString(int tag, ReadOnlySpan<byte> value)
    {
        if (!Reserve(MaxTagLength + value.Length + 1))
        {
            return;
        }

        int p = WriteTagUnchecked(tag);
        value.CopyTo(_buffer[p..]);
        p += value.Length;
        _buffer[p] = Soh;
        _pos = p + 1;
    }

    /// <summary>A string field from chars, transcoded to ASCII in place (no allocation); for configured values such as CompIDs.</summary>
    public void WriteString(int tag, ReadOnlySpan<char> value)
    {
        if (!Reserve(MaxTagLength + value.Length + 1))
        {
            return;
        }

        int p = WriteTagUnchecked(tag);
        p += Encoding.ASCII.GetBytes(value, _buffer[p..]);
        _buffer[p] = Soh;
        _pos = p + 1;
    }

    /// <summary>A UTCTimestamp at the formatter's precision (milliseconds without one).</summary>
    public void WriteUtcTimestamp(int tag, long epochNanos)
    {
        if (!Reserve(MaxTagLength + UtcTimestamp.MaxLength + 1))
        {
            return;
        }

        int p = WriteTagUnchecked(tag);
        p += _timestamps is not null
            ? _timestamps.Format(epochNanos, _buffer[p..])
            : UtcTimestamp.Format(epochNanos, TimestampPrecision.Milliseconds, _buffer[p..]);
        _buffer[p] = Soh;
        _pos = p + 1;
    }

    public void WriteUtcTimestamp(int tag, long epochNanos, TimestampPrecision precision)
    {
        if (!Reserve(MaxTagLength + UtcTimestamp.MaxLength + 1))
        {
            return;
        }

        int p = WriteTagUnchecked(tag);
        p += UtcTimestamp.Format(epochNanos, precision, _buffer[p..]);
        _buffer[p] = Soh;
        _pos = p + 1;
    }

    /// <summary>A data field with its length field first (e.g. 95/96 RawData); the bytes may contain SOH.</summary>
    public void WriteData(int lengthTag, int dataTag, ReadOnlySpan<byte> data)
    {
        WriteInt(lengthTag, data.Length);
        WriteString(dataTag, data);
    }

    /// <summary>Copies pre-encoded <c>tag=value SOH</c> fields (constant parts of a message encoded once).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteRaw(ReadOnlySpan<byte> encodedFields)
    {
        if (!Reserve(encodedFields.Length))
        {
            return;
        }

        encodedFields.CopyTo(_buffer[_pos..]);
        _pos += encodedFields.Length;
    }

    /// <summary>Computes BodyLength and CheckSum; <paramref name="length"/> is the whole message length from offset 0.</summary>
    public bool TryFinish(out int length)
    {
        length = 0;
        if (_overflow || _finished)
        {
            return false;
        }

        int bodyLength = _pos - _bodyStart;
        int digits = FixNumber.CountDigits((ulong)bodyLength);
        int shift = digits - ReservedLengthDigits;
        if (_pos + shift + 7 > _buffer.Length)
        {
            _overflow = true;
            return false;
        }

        if (shift != 0)
        {
            MoveBody(shift);
        }

        FixNumber.WriteUnsigned((ulong)bodyLength, _buffer.Slice(_lengthDigitsAt, digits));
        _buffer[_lengthDigitsAt + digits] = Soh;
        int checksum = FixChecksum.Compute(_buffer[.._pos]);
        Span<byte> trailer = _buffer.Slice(_pos, 7);
        trailer[0] = (byte)'1';
        trailer[1] = (byte)'0';
        trailer[2] = (byte)'=';
        FixChecksum.WriteDigits(checksum, trailer[3..]);
        trailer[6] = Soh;
        length = _pos + 7;
        _pos = length;
        _finished = true; // further writes would land after the checksum
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void MoveBody(int shift)
    {
        // Span.CopyTo is memmove: overlapping source and destination are fine in either direction.
        _buffer[_bodyStart.._pos].CopyTo(_buffer[(_bodyStart + shift)..]);
        _bodyStart += shift;
        _pos += shift;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Reserve(int worstCase)
    {
        if (!_overflow && !_finished && (uint)(_pos + worstCase) <= (uint)_buffer.Length)
        {
            return true;
        }

        _overflow |= !_finished;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int WriteTagUnchecked(int tag)
    {
        int p = _pos;
        p += FixNumber.WriteUnsigned((uint)tag, _buffer[p..]);
        _buffer[p] = (byte)'=';
        return p + 1;
    }
}
