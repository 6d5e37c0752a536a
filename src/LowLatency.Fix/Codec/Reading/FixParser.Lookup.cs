using System.Runtime.CompilerServices;

namespace LowLatency.Fix.Codec.Reading;

// Lookups the message views use after a parse.
public sealed partial class FixParser
{
    /// <summary>Index of the top-level field with <paramref name="tag"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Find(int tag)
    {
        int[] index = _index;
        if ((uint)tag < (uint)index.Length)
        {
            return index[tag] - 1;
        }

        return FindLarge(tag);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FindLarge(int tag)
    {
        for (int i = 0; i < _largeCount; i++)
        {
            int field = _large[i];
            if (_fields[field].Tag == tag)
            {
                return field;
            }
        }

        return -1;
    }

    /// <summary>Index of the group counted by <paramref name="countTag"/> inside <paramref name="parentEntry"/> (-1 = top level), or -1.</summary>
    internal int FindGroup(int countTag, int parentEntry)
    {
        for (int i = 0; i < _groupCount; i++)
        {
            ref readonly GroupRecord g = ref _groups[i];
            if (g.CountTag == countTag && g.ParentEntry == parentEntry)
            {
                return i;
            }
        }

        return -1;
    }
}
