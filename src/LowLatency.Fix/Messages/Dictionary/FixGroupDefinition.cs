namespace LowLatency.Fix.Messages.Dictionary;

/// <summary>
/// A repeating group: its NumInGroup tag, the delimiter (first field, which starts every entry), the fields an
/// entry may hold, those every entry must hold, and nested groups. Membership tests are one array load, because
/// the parser asks them for every field inside a group.
/// </summary>
public sealed class FixGroupDefinition
{
    private readonly FixFieldSet _members;
    private readonly FixGroupDefinition[] _nested;
    private readonly int[] _fields;
    private readonly int[] _required;

    internal FixGroupDefinition(int countTag, int[] fields, int[] required, FixGroupDefinition[] nested)
    {
        CountTag = countTag;
        _fields = fields;
        _required = required;
        Delimiter = fields[0];
        _nested = nested;
        _members = new FixFieldSet(fields, nested);
    }

    public int CountTag { get; }

    public int Delimiter { get; }

    /// <summary>Fields in specification order (nested groups' count tags included, their members not).</summary>
    public ReadOnlySpan<int> Fields => _fields;

    public ReadOnlySpan<int> RequiredFields => _required;

    public ReadOnlySpan<FixGroupDefinition> NestedGroups => _nested;

    /// <summary>True when <paramref name="tag"/> belongs directly to an entry of this group.</summary>
    public bool Contains(int tag) => _members.Contains(tag);

    /// <summary>Membership and group-count test in one lookup (parser hot path).</summary>
    internal byte KindOf(int tag) => _members.KindOf(tag);

    /// <summary>The nested group counted by <paramref name="tag"/>, or null.</summary>
    public FixGroupDefinition? GetNestedGroup(int tag) => _members.IsGroup(tag) ? Find(_nested, tag) : null;

    internal FixGroupDefinition? FindNested(int tag) => Find(_nested, tag);

    internal static FixGroupDefinition? Find(FixGroupDefinition[] groups, int countTag)
    {
        foreach (FixGroupDefinition group in groups)
        {
            if (group.CountTag == countTag)
            {
                return group;
            }
        }

        return null;
    }
}
