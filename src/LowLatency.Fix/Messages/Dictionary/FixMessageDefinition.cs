namespace LowLatency.Fix.Messages.Dictionary;

/// <summary>
/// The layout of one supported message type: the body fields it may hold, those it must hold, and its
/// repeating groups (header and trailer are the dictionary's, shared by all messages).
/// </summary>
public sealed class FixMessageDefinition
{
    private readonly FixFieldSet _members;
    private readonly FixGroupDefinition[] _groups;
    private readonly int[] _fields;
    private readonly int[] _required;

    internal FixMessageDefinition(string msgType, string name, bool isAdmin, int[] fields, int[] required, FixGroupDefinition[] groups)
    {
        MsgType = msgType;
        MsgTypeBytes = System.Text.Encoding.ASCII.GetBytes(msgType);
        Name = name;
        IsAdmin = isAdmin;
        _fields = fields;
        _required = required;
        _groups = groups;
        _members = new FixFieldSet(fields, groups);
    }

    public string MsgType { get; }

    public byte[] MsgTypeBytes { get; }

    public string Name { get; }

    /// <summary>True for session (admin) messages: 0, 1, 2, 3, 4, 5, A.</summary>
    public bool IsAdmin { get; }

    public ReadOnlySpan<int> Fields => _fields;

    public ReadOnlySpan<int> RequiredFields => _required;

    public ReadOnlySpan<FixGroupDefinition> Groups => _groups;

    /// <summary>True when <paramref name="tag"/> may appear at the top level of the body.</summary>
    public bool Contains(int tag) => _members.Contains(tag);

    /// <summary>The top-level group counted by <paramref name="tag"/>, or null.</summary>
    public FixGroupDefinition? GetGroup(int tag) => _members.IsGroup(tag) ? FixGroupDefinition.Find(_groups, tag) : null;

    public override string ToString() => $"{Name}({MsgType})";
}
