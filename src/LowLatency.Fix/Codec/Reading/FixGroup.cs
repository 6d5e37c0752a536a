namespace LowLatency.Fix.Codec.Reading;

/// <summary>A repeating group of a parsed message: its entries by index or with <c>foreach</c>, without allocation.</summary>
public readonly ref struct FixGroup
{
    private readonly ReadOnlySpan<byte> _buffer;
    private readonly FixParser _parser;
    private readonly int _group;

    internal FixGroup(ReadOnlySpan<byte> buffer, FixParser parser, int group)
    {
        _buffer = buffer;
        _parser = parser;
        _group = group;
    }

    public int CountTag => _parser.GroupAt(_group).CountTag;

    /// <summary>Entries actually present (equal to <see cref="DeclaredCount"/> unless the message has error 16).</summary>
    public int Count => _parser is null ? 0 : _parser.GroupAt(_group).EntryCount;

    /// <summary>The NumInGroup value as sent.</summary>
    public int DeclaredCount => _parser.GroupAt(_group).Declared;

    public FixGroupEntry this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                Core.ThrowHelper.ThrowArgumentOutOfRange(nameof(index), "no such group entry");
            }

            return new FixGroupEntry(_buffer, _parser, _parser.GroupAt(_group).FirstEntry + index);
        }
    }

    public Enumerator GetEnumerator() => new(this);

    /// <summary>foreach support over entries.</summary>
    public ref struct Enumerator
    {
        private readonly FixGroup _group;
        private int _index;

        internal Enumerator(FixGroup group)
        {
            _group = group;
            _index = -1;
        }

        public readonly FixGroupEntry Current =>
            new(_group._buffer, _group._parser, _group._parser.GroupAt(_group._group).FirstEntry + _index);

        public bool MoveNext() => ++_index < _group.Count;
    }
}
