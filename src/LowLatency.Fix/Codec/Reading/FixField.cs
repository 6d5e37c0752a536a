namespace LowLatency.Fix.Codec.Reading;

/// <summary>One tag=value pair of a parsed message, as a view into its bytes.</summary>
public readonly ref struct FixField
{
    internal FixField(int tag, ReadOnlySpan<byte> value, bool inGroup)
    {
        Tag = tag;
        Value = value;
        IsInGroup = inGroup;
    }

    public int Tag { get; }

    public ReadOnlySpan<byte> Value { get; }

    /// <summary>True when the field belongs to a repeating-group entry rather than the message's top level.</summary>
    public bool IsInGroup { get; }
}
