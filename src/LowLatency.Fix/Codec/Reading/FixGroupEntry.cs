using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Values;

namespace LowLatency.Fix.Codec.Reading;

/// <summary>
/// One entry of a repeating group. Lookups scan the entry's own fields (a handful), so typed accessors cost a
/// few compares; <see cref="Fields"/> walks them once for decoders that want every field.
/// </summary>
public readonly ref struct FixGroupEntry
{
    private readonly ReadOnlySpan<byte> _buffer;
    private readonly FixParser _parser;
    private readonly int _entry;

    internal FixGroupEntry(ReadOnlySpan<byte> buffer, FixParser parser, int entry)
    {
        _buffer = buffer;
        _parser = parser;
        _entry = entry;
    }

    /// <summary>This entry's own fields in wire order (members of nested groups excluded, their count fields included).</summary>
    public FixFieldEnumerator Fields
    {
        get
        {
            ref readonly EntryRecord e = ref _parser.EntryAt(_entry);
            return new FixFieldEnumerator(_buffer, _parser, e.FirstField, e.EndField, _entry, all: false);
        }
    }

    public bool Contains(int tag) => Find(tag) >= 0;

    public bool TryGetSpan(int tag, out ReadOnlySpan<byte> value)
    {
        int field = Find(tag);
        if (field < 0)
        {
            value = default;
            return false;
        }

        ref readonly FieldEntry f = ref _parser.FieldAt(field);
        value = _buffer.Slice(f.Start, f.Length);
        return true;
    }

    public ReadOnlySpan<byte> GetSpan(int tag)
    {
        TryGetSpan(tag, out ReadOnlySpan<byte> value);
        return value;
    }

    public bool TryGetInt(int tag, out int value)
    {
        value = 0;
        return TryGetSpan(tag, out ReadOnlySpan<byte> text) && FixNumber.TryParseInt(text, out value);
    }

    public bool TryGetLong(int tag, out long value)
    {
        value = 0;
        return TryGetSpan(tag, out ReadOnlySpan<byte> text) && FixNumber.TryParseLong(text, out value);
    }

    public bool TryGetPrice(int tag, out Price value)
    {
        value = default;
        return TryGetSpan(tag, out ReadOnlySpan<byte> text) && Price.TryParse(text, out value);
    }

    public bool TryGetPrice(int tag, int scale, out Price value)
    {
        value = default;
        return TryGetSpan(tag, out ReadOnlySpan<byte> text) && Price.TryParse(text, scale, out value);
    }

    public bool TryGetQuantity(int tag, out Quantity value)
    {
        value = default;
        return TryGetSpan(tag, out ReadOnlySpan<byte> text) && Quantity.TryParse(text, out value);
    }

    public bool TryGetQuantity(int tag, int scale, out Quantity value)
    {
        value = default;
        return TryGetSpan(tag, out ReadOnlySpan<byte> text) && Quantity.TryParse(text, scale, out value);
    }

    public bool TryGetChar(int tag, out char value)
    {
        value = '\0';
        return TryGetSpan(tag, out ReadOnlySpan<byte> text) && FixValue.TryParseChar(text, out value);
    }

    public bool TryGetBool(int tag, out bool value)
    {
        value = false;
        return TryGetSpan(tag, out ReadOnlySpan<byte> text) && FixValue.TryParseBool(text, out value);
    }

    public bool TryGetUtcTimestamp(int tag, out long epochNanos)
    {
        epochNanos = 0;
        return TryGetSpan(tag, out ReadOnlySpan<byte> text) && UtcTimestamp.TryParse(text, out epochNanos);
    }

    /// <summary>A group nested in this entry (e.g. 454 NoSecurityAltID inside an MD entry's instrument).</summary>
    public bool TryGetGroup(int countTag, out FixGroup group)
    {
        int index = _parser.FindGroup(countTag, _entry);
        if (index < 0)
        {
            group = default;
            return false;
        }

        group = new FixGroup(_buffer, _parser, index);
        return true;
    }

    private int Find(int tag)
    {
        ref readonly EntryRecord e = ref _parser.EntryAt(_entry);
        for (int i = e.FirstField; i < e.EndField; i++)
        {
            ref readonly FieldEntry f = ref _parser.FieldAt(i);
            if (f.Tag == tag && f.Entry == _entry)
            {
                return i;
            }
        }

        return -1;
    }
}
