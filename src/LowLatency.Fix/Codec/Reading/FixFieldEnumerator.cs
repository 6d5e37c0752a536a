namespace LowLatency.Fix.Codec.Reading;

/// <summary>
/// Walks fields in wire order without allocation: all of a message's fields, or one group entry's own fields
/// (nested groups' members skipped). Single-pass decoders (market-data entries) switch on each tag.
/// </summary>
public ref struct FixFieldEnumerator
{
    private readonly ReadOnlySpan<byte> _buffer;
    private readonly FixParser _parser;
    private readonly int _end;
    private readonly int _entry;
    private readonly bool _all;
    private int _index;

    internal FixFieldEnumerator(ReadOnlySpan<byte> buffer, FixParser parser, int start, int end, int entry, bool all)
    {
        _buffer = buffer;
        _parser = parser;
        _index = start - 1;
        _end = end;
        _entry = entry;
        _all = all;
    }

    public readonly FixField Current
    {
        get
        {
            ref readonly FieldEntry f = ref _parser.FieldAt(_index);
            return new FixField(f.Tag, _buffer.Slice(f.Start, f.Length), f.Entry != -1);
        }
    }

    public bool MoveNext()
    {
        while (++_index < _end)
        {
            if (_all || _parser.FieldAt(_index).Entry == _entry)
            {
                return true;
            }
        }

        return false;
    }

    public readonly FixFieldEnumerator GetEnumerator() => this;
}
