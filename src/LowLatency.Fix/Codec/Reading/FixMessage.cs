using System.Runtime.CompilerServices;
using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Values;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Dictionary;

namespace LowLatency.Fix.Codec.Reading;

/// <summary>
/// A parsed message: the frame's bytes plus the parser's tag index. Typed accessors find any top-level field
/// in one lookup and return false when it is missing or malformed (<see cref="Contains"/> tells which: the
/// session needs RequiredTagMissing vs IncorrectDataFormatForValue). Valid until the parser parses again.
/// </summary>
public readonly ref struct FixMessage
{
    private readonly ReadOnlySpan<byte> _buffer;
    private readonly FixParser _parser;

    internal FixMessage(ReadOnlySpan<byte> buffer, FixParser parser)
    {
        _buffer = buffer;
        _parser = parser;
    }

    /// <summary>The whole frame, 8= to 10=nnn SOH (what the message log and store keep).</summary>
    public ReadOnlySpan<byte> Buffer => _buffer;

    public bool IsDefault => _parser is null;

    public ReadOnlySpan<byte> BeginString => GetSpan(FixTag.BeginString);

    public ReadOnlySpan<byte> MsgType => GetSpan(FixTag.MsgType);

    /// <summary>The dictionary layout of this MsgType, or null when the engine does not support it.</summary>
    public FixMessageDefinition? Definition => _parser.Definition;

    /// <summary>The first structural problem (duplicate tag, bad group count, field order, empty value …), if any.</summary>
    public FixFieldError Error => _parser.Error;

    public bool HasError => _parser.Error.IsError;

    /// <summary>MsgSeqNum (34), or 0 when absent or malformed (FIX sequence numbers start at 1).</summary>
    public int MsgSeqNum => TryGetInt(FixTag.MsgSeqNum, out int seq) ? seq : 0;

    public bool IsMsgType(ReadOnlySpan<byte> msgType) => MsgType.SequenceEqual(msgType);

    /// <summary>Number of fields in the frame, group members included.</summary>
    public int FieldCount => _parser.FieldCount;

    public FixField GetField(int index)
    {
        ref readonly FieldEntry f = ref _parser.FieldAt(index);
        return new FixField(f.Tag, _buffer.Slice(f.Start, f.Length), f.Entry != -1);
    }

    /// <summary>Every field in wire order (8, 9 and 10 included).</summary>
    public FixFieldEnumerator Fields => new(_buffer, _parser, 0, _parser.FieldCount, -1, all: true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(int tag) => _parser.Find(tag) >= 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetSpan(int tag, out ReadOnlySpan<byte> value)
    {
        int field = _parser.Find(tag);
        if (field < 0)
        {
            value = default;
            return false;
        }

        ref readonly FieldEntry f = ref _parser.FieldAt(field);
        value = _buffer.Slice(f.Start, f.Length);
        return true;
    }

    /// <summary>The raw value bytes, empty when the field is missing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> GetSpan(int tag)
    {
        TryGetSpan(tag, out ReadOnlySpan<byte> value);
        return value;
    }

    public bool TryGetInt(int tag, out int value)
    {
        if (TryGetSpan(tag, out ReadOnlySpan<byte> text))
        {
            return FixNumber.TryParseInt(text, out value);
        }

        value = 0;
        return false;
    }

    public bool TryGetLong(int tag, out long value)
    {
        if (TryGetSpan(tag, out ReadOnlySpan<byte> text))
        {
            return FixNumber.TryParseLong(text, out value);
        }

        value = 0;
        return false;
    }

    /// <summary>A price at its natural scale (the decimals written on the wire).</summary>
    public bool TryGetPrice(int tag, out Price value)
    {
        if (TryGetSpan(tag, out ReadOnlySpan<byte> text))
        {
            return Price.TryParse(text, out value);
        }

        value = default;
        return false;
    }

    /// <summary>A price exactly at <paramref name="scale"/> (an instrument's scale); false if it has more non-zero decimals.</summary>
    public bool TryGetPrice(int tag, int scale, out Price value)
    {
        if (TryGetSpan(tag, out ReadOnlySpan<byte> text))
        {
            return Price.TryParse(text, scale, out value);
        }

        value = default;
        return false;
    }

    public bool TryGetQuantity(int tag, out Quantity value)
    {
        if (TryGetSpan(tag, out ReadOnlySpan<byte> text))
        {
            return Quantity.TryParse(text, out value);
        }

        value = default;
        return false;
    }

    public bool TryGetQuantity(int tag, int scale, out Quantity value)
    {
        if (TryGetSpan(tag, out ReadOnlySpan<byte> text))
        {
            return Quantity.TryParse(text, scale, out value);
        }

        value = default;
        return false;
    }

    public bool TryGetChar(int tag, out char value)
    {
        if (TryGetSpan(tag, out ReadOnlySpan<byte> text))
        {
            return FixValue.TryParseChar(text, out value);
        }

        value = '\0';
        return false;
    }

    public bool TryGetBool(int tag, out bool value)
    {
        if (TryGetSpan(tag, out ReadOnlySpan<byte> text))
        {
            return FixValue.TryParseBool(text, out value);
        }

        value = false;
        return false;
    }

    /// <summary>A UTCTimestamp as nanoseconds since the Unix epoch.</summary>
    public bool TryGetUtcTimestamp(int tag, out long epochNanos)
    {
        if (TryGetSpan(tag, out ReadOnlySpan<byte> text))
        {
            return UtcTimestamp.TryParse(text, out epochNanos);
        }

        epochNanos = 0;
        return false;
    }

    /// <summary>The top-level repeating group counted by <paramref name="countTag"/> (e.g. 268 NoMDEntries).</summary>
    public bool TryGetGroup(int countTag, out FixGroup group)
    {
        int index = _parser.FindGroup(countTag, parentEntry: -1);
        if (index < 0)
        {
            group = default;
            return false;
        }

        group = new FixGroup(_buffer, _parser, index);
        return true;
    }

    public override string ToString() => System.Text.Encoding.ASCII.GetString(_buffer).Replace('\u0001', '|');
}
