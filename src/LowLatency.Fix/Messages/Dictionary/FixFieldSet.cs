using System.Runtime.CompilerServices;

namespace LowLatency.Fix.Messages.Dictionary;

/// <summary>
/// Which tags a message or group holds, and which of them count a repeating group: a byte per tag for tags
/// below 1024 (every FIX 4.4 field), a short list beyond. Answers in one bounds-checked load.
/// </summary>
internal sealed class FixFieldSet
{
    internal const int DirectTags = 1024;
    internal const byte NotMember = 0;
    internal const byte Member = 1;
    internal const byte GroupCount = 2;

    private readonly byte[] _direct = new byte[DirectTags];
    private readonly int[] _large;
    private readonly int[] _largeGroups;

    public FixFieldSet(int[] fields, FixGroupDefinition[] groups)
    {
        var large = new List<int>();
        foreach (int tag in fields)
        {
            if ((uint)tag < DirectTags)
            {
                _direct[tag] = Member;
            }
            else
            {
                large.Add(tag);
            }
        }

        var largeGroups = new List<int>();
        foreach (FixGroupDefinition group in groups)
        {
            if ((uint)group.CountTag < DirectTags)
            {
                _direct[group.CountTag] = GroupCount;
            }
            else
            {
                largeGroups.Add(group.CountTag);
            }
        }

        _large = [.. large];
        _largeGroups = [.. largeGroups];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(int tag)
    {
        byte[] direct = _direct;
        return (uint)tag < (uint)direct.Length ? direct[tag] != 0 : Array.IndexOf(_large, tag) >= 0;
    }

    /// <summary><see cref="NotMember"/>, <see cref="Member"/> or <see cref="GroupCount"/> in one load.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte KindOf(int tag)
    {
        byte[] direct = _direct;
        if ((uint)tag < (uint)direct.Length)
        {
            return direct[tag];
        }

        return Array.IndexOf(_largeGroups, tag) >= 0 ? GroupCount : Array.IndexOf(_large, tag) >= 0 ? Member : NotMember;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsGroup(int tag)
    {
        byte[] direct = _direct;
        return (uint)tag < (uint)direct.Length ? direct[tag] == GroupCount : Array.IndexOf(_largeGroups, tag) >= 0;
    }
}
