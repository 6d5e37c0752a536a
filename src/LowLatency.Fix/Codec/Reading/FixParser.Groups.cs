using System.Runtime.CompilerServices;
using LowLatency.Fix.Codec.Values;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Dictionary;

namespace LowLatency.Fix.Codec.Reading;

// Repeating groups: a stack of open groups; a field the innermost open group holds joins its current entry
// (its delimiter starts a new one), anything else closes groups until one holds it or the top level is reached.
public sealed partial class FixParser
{
    private bool AcceptInGroup(ReadOnlySpan<byte> frame, int tag, int start, int length)
    {
        while (_depth > 0)
        {
            ref GroupFrame top = ref _stack[_depth - 1];
            FixGroupDefinition definition = top.Definition;
            byte kind = definition.KindOf(tag);
            if (kind == FixFieldSet.NotMember)
            {
                CloseGroup();
                continue;
            }

            if (tag == definition.Delimiter)
            {
                ref GroupRecord group = ref _groups[top.Group];
                EndEntry(ref top);
                if (group.EntryCount == group.Declared)
                {
                    SetError(SessionRejectReason.IncorrectNumInGroupCountForRepeatingGroup, group.CountTag);
                    top.Entry = -2;
                }
                else
                {
                    top.Entry = group.FirstEntry + group.EntryCount;
                    group.EntryCount++;
                    _entries[top.Entry].FirstField = _fieldCount;
                    top.Stamp = NextStamp();
                }
            }
            else if (top.Entry == -1)
            {
                SetError(SessionRejectReason.RepeatingGroupFieldsOutOfOrder, tag);
                top.Entry = -2;
            }

            if (top.Entry >= 0 && (uint)tag < DirectTags)
            {
                ref int stamp = ref _entryStamp[tag];
                if (stamp == top.Stamp)
                {
                    SetError(SessionRejectReason.TagAppearsMoreThanOnce, tag);
                }

                stamp = top.Stamp;
            }

            int entry = top.Entry;
            int field = AddField(tag, start, length, entry);
            if (kind == FixFieldSet.GroupCount && definition.FindNested(tag) is { } nested)
            {
                OpenGroup(frame, nested, field, entry);
            }

            return true;
        }

        return false;
    }

    private void OpenGroup(ReadOnlySpan<byte> frame, FixGroupDefinition definition, int countField, int parentEntry)
    {
        ref readonly FieldEntry count = ref _fields[countField];
        int declared;
        if (!FixNumber.TryParseInt(frame.Slice(count.Start, count.Length), out declared) || declared < 0)
        {
            SetError(SessionRejectReason.IncorrectDataFormatForValue, count.Tag);
            declared = 0;
        }

        // Every entry takes at least 4 bytes ("1=x" SOH): a larger count cannot be honest.
        int remaining = (frame.Length - (count.Start + count.Length)) / 4;
        if (declared > remaining)
        {
            SetError(SessionRejectReason.IncorrectNumInGroupCountForRepeatingGroup, count.Tag);
            declared = remaining;
        }

        if (_depth == MaxGroupDepth)
        {
            SetError(SessionRejectReason.Other, count.Tag);
            return;
        }

        if (_groupCount == _groups.Length)
        {
            Grow(ref _groups);
        }

        while (_entryCount + declared > _entries.Length)
        {
            Grow(ref _entries);
        }

        int groupIndex = _groupCount++;
        _groups[groupIndex] = new GroupRecord
        {
            CountTag = count.Tag,
            CountField = countField,
            Declared = declared,
            FirstEntry = _entryCount,
            EntryCount = 0,
            ParentEntry = parentEntry,
            Definition = definition,
        };
        _entryCount += declared;
        _stack[_depth++] = new GroupFrame { Definition = definition, Group = groupIndex, Entry = -1, Stamp = 0 };
    }

    private void CloseGroup()
    {
        ref GroupFrame top = ref _stack[_depth - 1];
        EndEntry(ref top);
        ref GroupRecord group = ref _groups[top.Group];
        if (group.EntryCount != group.Declared)
        {
            SetError(SessionRejectReason.IncorrectNumInGroupCountForRepeatingGroup, group.CountTag);
        }

        _depth--;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EndEntry(ref GroupFrame top)
    {
        if (top.Entry >= 0)
        {
            _entries[top.Entry].EndField = _fieldCount;
        }
    }

    private int NextStamp()
    {
        if (_stamp == int.MaxValue)
        {
            Array.Clear(_entryStamp);
            _stamp = 0;
        }

        return ++_stamp;
    }
}
