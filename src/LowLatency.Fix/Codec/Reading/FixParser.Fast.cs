using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Dictionary;

namespace LowLatency.Fix.Codec.Reading;

// The fast path for well-formed frames (the shape path, FixParser.Shapes.cs, comes before it for layouts seen
// before). Field boundaries come first, from one vector pass that marks every SOH of the frame in a bitmap (64
// bytes per compare); walking it is a bit-clear and a trailing-zero count per field. The common top-level field is
// recorded inline with its counters in registers; the rest (the first three fields, MsgType, group counts, fields
// inside groups) goes through the checked code's Accept/AcceptInGroup. Repeating groups: once a group's second
// entry begins, its first entry's tags become a template and MatchEntries takes every following entry that repeats
// them with one masked 8-byte compare per field (a market-data message is mostly such entries).
//
// Equivalence: the fast path tokenises exactly as the checked loop does whenever every tag is 1-7 digits then
// '=' and no length-announcing field (a data field may hold SOH) occurs, and records what Accept would. On anything
// else (an empty value, a repeated or misplaced tag, an entry that departs from its template part-way) it gives up
// before deciding anything and the checked loop parses the frame from scratch, so errors, verdicts and views stay
// exactly the checked loop's (ParserEquivalenceTests compare all three paths with a frozen reference parser).
public sealed partial class FixParser
{
    // Shorter frames (heartbeats, test requests) are rare and gain nothing: they take the checked loop.
    private const int FastMinLength = 64;

    // One bit per frame byte, set where the byte is SOH; grows with the largest frame seen.
    private ulong[] _sohBits = new ulong[16];
    private readonly TemplateField[] _template = new TemplateField[16];
    private int _templateLength;

    // The walk's position while MatchEntries runs (fields, not ref arguments, so the caller's locals stay in registers).
    private int _cursorPos;
    private int _cursorWord;
    private ulong _cursorBits;

    /// <summary>
    /// Parses one frame (as returned by <see cref="Framing.FixFramer"/>). False when the bytes are not a FIX
    /// message at all (BeginString/BodyLength not first, CheckSum not last): drop it as garbled. Otherwise the
    /// view is returned and <see cref="FixMessage.Error"/> names any problem the session must Reject.
    /// </summary>
    public bool TryParse(ReadOnlySpan<byte> frame, out FixMessage message)
    {
        if (frame.Length >= FastMinLength && frame[^1] == Soh)
        {
            MarkSoh(frame);
            Shape? shape = UseShapes ? FindShape(frame) : null;
            if (shape is not null && shape.FieldCount != 0 && TryMatchShape(frame, shape))
            {
                LastPath = ParsePath.Shape;
                message = new FixMessage(frame, this);
                return true;
            }

            if (TryParseFast(frame))
            {
                if (UseShapes)
                {
                    RecordShape(frame);
                }

                LastPath = ParsePath.Fast;
                message = new FixMessage(frame, this);
                return true;
            }
        }

        LastPath = ParsePath.Checked;
        return TryParseChecked(frame, out message);
    }

    // False = "not decided here" (the checked loop parses again from scratch), never "garbled".
    private bool TryParseFast(ReadOnlySpan<byte> frame)
    {
        Reset();
        int n = frame.Length;
        ref ulong bitmap = ref MemoryMarshal.GetArrayDataReference(_sohBits);
        int word = 0;
        ulong bits = bitmap;
        int pos = 0;

        // The counters live in registers: as fields, every field recorded would wait on the store of the previous
        // one's count. They are written back around the calls into the checked code, which reads the fields.
        // MarkSoh made _fields hold one entry per SOH, so the records below need no bounds check.
        ref FieldEntry fields = ref MemoryMarshal.GetArrayDataReference(_fields);
        int fieldCount = 0;
        int indexedCount = 0;
        int section = HeaderSection;
        int templateGroup = -1; // the group whose entries MatchEntries took, if any
        int previousTag = 0;
        while (pos < n)
        {
            if (previousTag == FixTag.CheckSum && section == TrailerSection)
            {
                goto Bail; // bytes after 10=nnn SOH: garbled, as the checked loop decides
            }

            // The frame ends with SOH, so a set bit lies ahead of every field start: the walk cannot run off.
            while (bits == 0)
            {
                bits = Unsafe.Add(ref bitmap, ++word);
            }

            int end = (word << 6) + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;

            // A digit loop (tags are 1-4 digits: its branches predict well and it beats a word-at-a-time decode).
            // The field ends with SOH, which is not a digit, so the loop stays inside the frame.
            int tag = 0;
            int digits = 0;
            while (true)
            {
                uint digit = (uint)frame[pos + digits] - '0';
                if (digit > 9)
                {
                    break;
                }

                tag = (tag * 10) + (int)digit;
                digits++;
            }

            if ((uint)(digits - 1) > 6 || frame[pos + digits] != '=')
            {
                goto Bail; // no tag, more than 7 digits, or not followed by '=': the checked loop names the error
            }

            if (tag <= 0)
            {
                goto Bail; // a non-digit in the tag, or tag 0
            }

            previousTag = tag;
            int valueStart = pos + digits + 1;
            int length = end - valueStart;
            pos = end + 1;
            byte tagClass = ClassOf(tag);
            if (length == 0 || (tagClass & LengthTag) != 0)
            {
                goto Bail; // empty value, or a length field announcing a data field (which may hold SOH)
            }

            if (_depth > 0)
            {
                _fieldCount = fieldCount;
                int joined = JoinGroup(frame, tag, valueStart, length, templateGroup);
                fieldCount = _fieldCount;
                if (joined < 0)
                {
                    goto Bail;
                }

                if (joined > 0)
                {
                    if (joined == 2)
                    {
                        // The group's second entry has begun and its first could be learnt: match the rest.
                        templateGroup = _stack[_depth - 1].Group;
                        _cursorPos = pos;
                        _cursorWord = word;
                        _cursorBits = bits;
                        bool matched = MatchEntries(frame, templateGroup);
                        pos = _cursorPos;
                        word = _cursorWord;
                        bits = _cursorBits;
                        fieldCount = _fieldCount;
                        if (!matched)
                        {
                            goto Bail;
                        }
                    }

                    continue;
                }
            }

            // Top level. The common field (a header, body or trailer field in its place, not repeated) is recorded
            // here; the first three fields, MsgType, group counts and tags past the index go through Accept.
            if ((tagClass & (GroupCountTag | MsgTypeTag)) != 0 || (uint)tag >= DirectTags || fieldCount < 3)
            {
                _fieldCount = fieldCount;
                _indexedCount = indexedCount;
                _section = section;
                bool accepted = AcceptOutOfLine(frame, tag, valueStart, length);
                fieldCount = _fieldCount;
                indexedCount = _indexedCount;
                section = _section;
                if (!accepted)
                {
                    goto Bail; // not a FIX message: the checked loop says so
                }

                continue;
            }

            int tagSection = SectionOf(tagClass);
            ref int slot = ref _index[tag];
            if (tagSection < section || slot != 0)
            {
                goto Bail; // out of order or repeated: the checked loop names it
            }

            section = tagSection;
            ref FieldEntry entry = ref Unsafe.Add(ref fields, fieldCount);
            entry.Tag = tag;
            entry.Start = valueStart;
            entry.Length = length;
            entry.Entry = -1;
            slot = ++fieldCount;
            _indexedTags[indexedCount++] = tag;
        }

        _fieldCount = fieldCount;
        _indexedCount = indexedCount;
        _section = section;
        while (_depth > 0)
        {
            CloseGroup();
        }

        return _fieldCount >= 3 && _fields[_fieldCount - 1].Tag == FixTag.CheckSum;

    Bail:
        _indexedCount = indexedCount; // so the checked loop's Reset clears the index slots set here
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool AcceptOutOfLine(ReadOnlySpan<byte> frame, int tag, int start, int length) => Accept(frame, tag, start, length);

    // A field while groups are open: 0 = it belongs to none (they are closed now), 1 = it joined an entry,
    // 2 = it opened a group's second entry and the first was learnt as a template, -1 = leave it to the checked loop.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int JoinGroup(ReadOnlySpan<byte> frame, int tag, int start, int length, int templateGroup)
    {
        ref GroupFrame top = ref _stack[_depth - 1];
        if (top.Group == templateGroup && top.Definition.KindOf(tag) != FixFieldSet.NotMember)
        {
            return -1; // after template entries, another field of the entry (template entries keep no stamps)
        }

        if (!AcceptInGroup(frame, tag, start, length))
        {
            return 0;
        }

        top = ref _stack[_depth - 1];
        ref readonly GroupRecord group = ref _groups[top.Group];
        return top.Entry == group.FirstEntry + 1 && tag == top.Definition.Delimiter &&
               _fields[_fieldCount - 1].Entry == top.Entry && LearnTemplate(frame, group.FirstEntry, top.Definition) ? 2 : 1;
    }

    // Entries of `group` that repeat the template, from the field after the second entry's delimiter (the cursor
    // fields in, and out where the first field that does not match starts). False when an entry departs from the
    // template part-way (template entries keep no stamps, so the checked loop must judge it) or has an empty value,
    // or when there are more entries than NumInGroup said.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool MatchEntries(ReadOnlySpan<byte> frame, int group)
    {
        int pos = _cursorPos;
        int word = _cursorWord;
        ulong bits = _cursorBits;
        int fieldCount = _fieldCount;
        int entry = _stack[_depth - 1].Entry;
        int length = _templateLength;
        int lastWordStart = frame.Length - sizeof(ulong);
        ref byte origin = ref MemoryMarshal.GetReference(frame);
        ref ulong bitmap = ref MemoryMarshal.GetArrayDataReference(_sohBits);
        ref FieldEntry fields = ref MemoryMarshal.GetArrayDataReference(_fields);
        ref TemplateField template = ref MemoryMarshal.GetArrayDataReference(_template);
        int next = 1;
        bool matched;
        while (true)
        {
            // A template field is never the frame's last (10= is), so it starts at least 8 bytes before the end.
            if (pos > lastWordStart)
            {
                matched = next == 0;
                break;
            }

            while (bits == 0)
            {
                bits = Unsafe.Add(ref bitmap, ++word);
            }

            ulong text = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref origin, pos));
            ref TemplateField expected = ref Unsafe.Add(ref template, next);
            if ((text & expected.Mask) != expected.Text)
            {
                matched = next == 0; // at an entry boundary the group may simply end: the caller reads on
                break;
            }

            int end = (word << 6) + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            int start = pos + expected.TagLength;
            if (start == end)
            {
                matched = false; // empty value
                break;
            }

            if (next == 0)
            {
                ref GroupRecord record = ref _groups[group];
                if (record.EntryCount == record.Declared)
                {
                    matched = false; // more entries than NumInGroup said
                    break;
                }

                _entries[entry].EndField = fieldCount;
                entry = record.FirstEntry + record.EntryCount++;
                _entries[entry].FirstField = fieldCount;
                _stack[_depth - 1].Entry = entry;
            }

            ref FieldEntry field = ref Unsafe.Add(ref fields, fieldCount++);
            field.Tag = expected.Tag;
            field.Start = start;
            field.Length = end - start;
            field.Entry = entry;
            next = next + 1 == length ? 0 : next + 1;
            pos = end + 1;
        }

        _cursorPos = pos;
        _cursorWord = word;
        _cursorBits = bits;
        _fieldCount = fieldCount;
        return matched;
    }

    // The second entry of a group has just begun: when the first one is plain (direct members only, no nested
    // group, no error anywhere so far), its tags become the template the following entries are matched against,
    // eight bytes per field. An entry with exactly those tags in that order is what the checked loop would accept
    // without a word (members, delimiter first, no repeats), so only the tag bytes and a non-empty value are checked.
    private bool LearnTemplate(ReadOnlySpan<byte> frame, int firstEntry, FixGroupDefinition definition)
    {
        ref readonly EntryRecord entry = ref _entries[firstEntry];
        int length = entry.EndField - entry.FirstField;
        if (_error.IsError || length <= 0 || length > _template.Length)
        {
            return false;
        }

        ref byte origin = ref MemoryMarshal.GetReference(frame);
        ref readonly FieldEntry previous = ref _fields[entry.FirstField - 1];
        int tagStart = previous.Start + previous.Length + 1;
        for (int i = 0; i < length; i++)
        {
            ref readonly FieldEntry field = ref _fields[entry.FirstField + i];
            int tagLength = field.Start - tagStart; // digits and '=', as this entry spelt them
            if (field.Entry != firstEntry || field.Tag == FixTag.CheckSum || tagLength > sizeof(ulong) ||
                tagStart > frame.Length - sizeof(ulong) || definition.KindOf(field.Tag) != FixFieldSet.Member)
            {
                return false;
            }

            ulong mask = ulong.MaxValue >> ((sizeof(ulong) - tagLength) << 3);
            _template[i] = new TemplateField
            {
                Text = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref origin, tagStart)) & mask,
                Mask = mask,
                Tag = field.Tag,
                TagLength = tagLength,
            };
            tagStart = field.Start + field.Length + 1;
        }

        _templateLength = length;
        return true;
    }

    // Sets bit i of _sohBits[i / 64] where frame[i] is SOH. frame.Length >= 64: the last partial word is the mask
    // of the frame's last 64 bytes shifted down, so no byte past the frame is read.
    private void MarkSoh(ReadOnlySpan<byte> frame)
    {
        int n = frame.Length;
        int words = (n + 63) >> 6;
        if (_sohBits.Length < words)
        {
            GrowBits(words);
        }

        ref byte origin = ref MemoryMarshal.GetReference(frame);
        ref ulong bitmap = ref MemoryMarshal.GetArrayDataReference(_sohBits);
        int full = n >> 6;
        for (int i = 0; i < full; i++)
        {
            Unsafe.Add(ref bitmap, i) = SohMask64(ref Unsafe.Add(ref origin, i << 6));
        }

        int tail = n & 63;
        if (tail != 0)
        {
            Unsafe.Add(ref bitmap, full) = SohMask64(ref Unsafe.Add(ref origin, n - 64)) >> (64 - tail);
        }

        // Each field of a frame the fast path accepts ends at a SOH: this many records always suffice.
        int fields = 0;
        for (int i = 0; i < words; i++)
        {
            fields += BitOperations.PopCount(Unsafe.Add(ref bitmap, i));
        }

        while (_fields.Length < fields)
        {
            Grow(ref _fields);
        }
    }

    // Bit j set where the byte at + j is SOH, for the 64 bytes at `at`, with the widest vectors the CPU has.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SohMask64(ref byte at)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            return Vector512.Equals(Vector512.LoadUnsafe(ref at), Vector512.Create(Soh)).ExtractMostSignificantBits();
        }

        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<byte> soh = Vector256.Create(Soh);
            ulong low = Vector256.Equals(Vector256.LoadUnsafe(ref at), soh).ExtractMostSignificantBits();
            ulong high = Vector256.Equals(Vector256.LoadUnsafe(ref at, 32), soh).ExtractMostSignificantBits();
            return low | (high << 32);
        }

        if (Vector128.IsHardwareAccelerated)
        {
            Vector128<byte> soh = Vector128.Create(Soh);
            ulong mask = 0;
            for (nuint i = 0; i < 64; i += 16)
            {
                mask |= (ulong)Vector128.Equals(Vector128.LoadUnsafe(ref at, i), soh).ExtractMostSignificantBits() << (int)i;
            }

            return mask;
        }

        ulong scalar = 0;
        for (int i = 0; i < 64; i++)
        {
            scalar |= (Unsafe.Add(ref at, i) == Soh ? 1UL : 0UL) << i;
        }

        return scalar;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void GrowBits(int words) => _sohBits = new ulong[Math.Max(words, _sohBits.Length * 2)];

    // One expected field of an entry template: the low TagLength bytes of the field ("279=") under Mask.
    [StructLayout(LayoutKind.Auto)]
    private struct TemplateField
    {
        public ulong Text;
        public ulong Mask;
        public int Tag;
        public int TagLength;
    }
}
