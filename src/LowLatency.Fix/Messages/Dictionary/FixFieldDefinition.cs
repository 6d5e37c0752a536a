namespace LowLatency.Fix.Messages.Dictionary;

/// <summary>One FIX field: number, name, data type and (for key fields) the enumerated values the validator accepts.</summary>
public sealed class FixFieldDefinition
{
    private readonly byte[][] _values;

    // Single-byte enumerated values (all of FIX 4.4's key fields) as a 128-bit set: one test per check.
    private readonly ulong _low;
    private readonly ulong _high;
    private readonly bool _multiByteValues;

    internal FixFieldDefinition(int tag, string name, FixDataType type, byte[][]? values)
    {
        Tag = tag;
        Name = name;
        Type = type;
        _values = values ?? [];
        foreach (byte[] value in _values)
        {
            if (value.Length == 1 && value[0] < 128)
            {
                if (value[0] < 64)
                {
                    _low |= 1UL << value[0];
                }
                else
                {
                    _high |= 1UL << (value[0] - 64);
                }
            }
            else
            {
                _multiByteValues = true;
            }
        }
    }

    public int Tag { get; }

    public string Name { get; }

    public FixDataType Type { get; }

    /// <summary>True when the dictionary restricts this field to a set of values.</summary>
    public bool HasEnumeratedValues => _values.Length > 0;

    public IReadOnlyList<byte[]> EnumeratedValues => _values;

    /// <summary>True when <paramref name="value"/> is allowed (always, for a field without enumerated values).</summary>
    public bool IsAllowedValue(ReadOnlySpan<byte> value)
    {
        if (_values.Length == 0)
        {
            return true;
        }

        if (value.Length == 1 && value[0] < 128)
        {
            byte b = value[0];
            bool hit = b < 64 ? (_low & (1UL << b)) != 0 : (_high & (1UL << (b - 64))) != 0;
            if (hit || !_multiByteValues)
            {
                return hit;
            }
        }

        foreach (byte[] allowed in _values)
        {
            if (value.SequenceEqual(allowed))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => $"{Name}({Tag})";
}
