using System.Runtime.InteropServices;
using LowLatency.Fix.Messages.Dictionary;

namespace LowLatency.Fix.Codec.Reading;

// Plain records the parser fills in preallocated arrays. Entry: -1 = top level, >= 0 = index of the group
// entry the field belongs to, -2 = a stray field inside a group (before its delimiter or past its count).
[StructLayout(LayoutKind.Auto)]
internal struct FieldEntry
{
    public int Tag;
    public int Start;
    public int Length;
    public int Entry;
}

// A group instance: entries are reserved contiguously at open time (the count is known then), so entry i of
// the group is _entries[FirstEntry + i] even when nested groups' entries are recorded in between.
[StructLayout(LayoutKind.Auto)]
internal struct GroupRecord
{
    public int CountTag;
    public int CountField;
    public int Declared;
    public int FirstEntry;
    public int EntryCount;
    public int ParentEntry;
    public FixGroupDefinition Definition;
}

[StructLayout(LayoutKind.Auto)]
internal struct EntryRecord
{
    public int FirstField;
    public int EndField;
}

[StructLayout(LayoutKind.Auto)]
internal struct GroupFrame
{
    public FixGroupDefinition Definition;
    public int Group;
    public int Entry;
    public int Stamp;
}
