using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Dictionary;

namespace LowLatency.Fix.Codec.Reading;

// Layouts seen before. A counterparty writes a message type the same way every time: same tags in the same
// order, same group counts; only values change. Everything the parser derives besides value offsets (tag index,
// groups, entries, MsgType definition, verdict) follows from the sequence of tags, the MsgType value and the
// NumInGroup values alone. So the last error-free layout of each single-character MsgType is kept as a shape:
// per field, the tag's bytes with '=' (and for 35 and NumInGroup fields the whole field, value and SOH included);
// a frame whose fields match it one by one and that has no empty value is what the parser would find again, and
// only each field's value offset and length are written. Anything else (another layout, a new group count) fails
// the match before it decides anything and the frame is parsed in full; after two misses in a row the slot takes
// the new layout. A layout replaced before it ever matched doubles the misses the next replacement waits for (up
// to 64), so a flow whose layout changes every message stops paying for recordings that never pay back.
public sealed partial class FixParser
{
    private const int ShapeSlots = 128;
    private const int MissesBeforeReplace = 2;
    private const int MaxMissesBeforeReplace = 64;

    private readonly Shape?[] _shapes = new Shape?[ShapeSlots];

    // The shape whose structure (index, groups, entries, definition) the parser's arrays hold right now, so a run
    // of messages of one layout writes offsets only. Any other parse starts with Reset, which clears it.
    private Shape? _installed;

    /// <summary>Off: every frame is parsed in full (tests compare both ways; benchmarks measure the full parse).</summary>
    internal bool UseShapes { get; set; } = true;

    /// <summary>How the last <see cref="TryParse"/> was decided (tests check every path is exercised).</summary>
    internal ParsePath LastPath { get; private set; }

    // The shape for the frame's MsgType when it is one character ("35=X" SOH as the third field), or null.
    private Shape? FindShape(ReadOnlySpan<byte> frame)
    {
        ulong first = _sohBits[0];
        ulong second = first & (first - 1);
        if (second == 0)
        {
            return null;
        }

        int p = BitOperations.TrailingZeroCount(second) + 1;
        if (p + 5 > frame.Length || frame[p] != '3' || frame[p + 1] != '5' || frame[p + 2] != '=' || frame[p + 4] != Soh)
        {
            return null;
        }

        byte msgType = frame[p + 3];
        return msgType < ShapeSlots ? _shapes[msgType] : null;
    }

    // True when every field of the frame matches the shape: the view is then the shape's structure with this
    // frame's value offsets. False changes nothing a later parse relies on (it starts with Reset).
    private bool TryMatchShape(ReadOnlySpan<byte> frame, Shape shape)
    {
        int count = shape.FieldCount;
        if (_fields.Length < count)
        {
            return false; // cannot happen after the shape was recorded from this parser, kept for safety
        }

        int n = frame.Length;
        int lastWordStart = n - sizeof(ulong);
        ref byte origin = ref MemoryMarshal.GetReference(frame);
        ref ulong bitmap = ref MemoryMarshal.GetArrayDataReference(_sohBits);
        ref FieldEntry fields = ref MemoryMarshal.GetArrayDataReference(_fields);
        ref ShapeField expected = ref MemoryMarshal.GetArrayDataReference(shape.Fields);
        int word = 0;
        ulong bits = bitmap;
        int pos = 0;

        // Every field but the last (10=nnn SOH, 7 bytes) starts at least 8 bytes before the end of the frame.
        for (int i = 0; i < count - 1; i++)
        {
            if (pos > lastWordStart)
            {
                return Miss(shape);
            }

            while (bits == 0)
            {
                bits = Unsafe.Add(ref bitmap, ++word); // the frame ends with SOH: a bit lies ahead of pos < n
            }

            int end = (word << 6) + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            ref ShapeField shapeField = ref Unsafe.Add(ref expected, i);
            ulong text = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref origin, pos));
            int start = pos + shapeField.TagLength;
            if ((text & shapeField.Mask) != shapeField.Text || start >= end)
            {
                return Miss(shape); // another tag here, or an empty value
            }

            ref FieldEntry field = ref Unsafe.Add(ref fields, i);
            field.Tag = shapeField.Tag;
            field.Start = start;
            field.Length = end - start;
            field.Entry = shapeField.Entry;
            pos = end + 1;
        }

        // The CheckSum field: it must end the frame exactly.
        {
            if (pos >= n)
            {
                return Miss(shape);
            }

            ref ShapeField shapeField = ref Unsafe.Add(ref expected, count - 1);
            ulong text = ReadFieldStart(ref origin, pos, lastWordStart);
            while (bits == 0)
            {
                bits = Unsafe.Add(ref bitmap, ++word);
            }

            int end = (word << 6) + BitOperations.TrailingZeroCount(bits);
            int start = pos + shapeField.TagLength;
            if ((text & shapeField.Mask) != shapeField.Text || start >= end || end != n - 1)
            {
                return Miss(shape);
            }

            ref FieldEntry field = ref Unsafe.Add(ref fields, count - 1);
            field.Tag = shapeField.Tag;
            field.Start = start;
            field.Length = end - start;
            field.Entry = shapeField.Entry;
        }

        shape.Misses = 0;
        shape.Hits++;
        if (!ReferenceEquals(_installed, shape))
        {
            Install(shape);
        }

        return true;
    }

    // Eight bytes from a field start; a field in the last 8 bytes of the frame (the CheckSum) gets the 8 that end
    // the frame shifted down, so bytes past the end read as zero and nothing outside the frame is touched.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadFieldStart(ref byte origin, int pos, int lastWordStart) => pos <= lastWordStart
        ? Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref origin, pos))
        : Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref origin, lastWordStart)) >> ((pos - lastWordStart) << 3);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Miss(Shape shape)
    {
        shape.Misses++;
        return false;
    }

    // Makes the parser's structure the shape's (its fields were just written by the match).
    private void Install(Shape shape)
    {
        Reset();
        int[] index = _index;
        for (int i = 0; i < shape.IndexedCount; i++)
        {
            int tag = shape.IndexedTags[i];
            index[tag] = shape.IndexSlots[i];
            _indexedTags[i] = tag;
        }

        _indexedCount = shape.IndexedCount;
        while (_large.Length < shape.LargeCount)
        {
            Grow(ref _large);
        }

        shape.Large.AsSpan(0, shape.LargeCount).CopyTo(_large);
        _largeCount = shape.LargeCount;
        while (_groups.Length < shape.GroupCount)
        {
            Grow(ref _groups);
        }

        shape.Groups.AsSpan(0, shape.GroupCount).CopyTo(_groups);
        _groupCount = shape.GroupCount;
        while (_entries.Length < shape.EntryCount)
        {
            Grow(ref _entries);
        }

        shape.Entries.AsSpan(0, shape.EntryCount).CopyTo(_entries);
        _entryCount = shape.EntryCount;
        _fieldCount = shape.FieldCount;
        _definition = shape.Definition;
        _installed = shape;
    }

    // After an error-free parse of `frame` (no data field: the fast path parsed it): keep its layout for its
    // MsgType when the slot is empty or its layout has just missed twice.
    private void RecordShape(ReadOnlySpan<byte> frame)
    {
        if (_error.IsError || _fieldCount < 4 || _depth != 0)
        {
            return;
        }

        ref readonly FieldEntry msgType = ref _fields[2];
        if (msgType.Tag != FixTag.MsgType || msgType.Length != 1 || frame[msgType.Start] >= ShapeSlots)
        {
            return;
        }

        int slot = frame[msgType.Start];
        Shape? shape = _shapes[slot];
        if (shape is not null && shape.Misses < shape.MissesBeforeReplace)
        {
            return;
        }

        if (shape is null)
        {
            shape = _shapes[slot] = new Shape();
        }
        else
        {
            shape.MissesBeforeReplace = shape.Hits == 0
                ? Math.Min(shape.MissesBeforeReplace * 2, MaxMissesBeforeReplace)
                : MissesBeforeReplace;
        }

        shape.Misses = 0;
        shape.Hits = 0;
        if (shape.TryCapture(this, frame))
        {
            _installed = shape;
        }
    }

    /// <summary>Which code decided the last parse.</summary>
    internal enum ParsePath
    {
        Checked,
        Fast,
        Shape,
    }

    // One field of a shape: the bytes the frame must hold at the field's start under Mask, the value offset from
    // the field start, and what the record says besides offsets.
    [StructLayout(LayoutKind.Auto)]
    private struct ShapeField
    {
        public ulong Text;
        public ulong Mask;
        public int Tag;
        public int Entry;
        public int TagLength;
    }

    // A recorded layout and the structure a parse of it produced. Arrays grow to the largest layout recorded in
    // the slot and are reused when the slot takes a new layout.
    private sealed class Shape
    {
        public ShapeField[] Fields = new ShapeField[32];
        public int FieldCount;
        public int[] IndexedTags = new int[32];
        public int[] IndexSlots = new int[32];
        public int IndexedCount;
        public int[] Large = [];
        public int LargeCount;
        public GroupRecord[] Groups = [];
        public int GroupCount;
        public EntryRecord[] Entries = [];
        public int EntryCount;
        public FixMessageDefinition? Definition;
        public int Misses;
        public int Hits;
        public int MissesBeforeReplace = FixParser.MissesBeforeReplace;

        public bool TryCapture(FixParser parser, ReadOnlySpan<byte> frame)
        {
            FieldCount = 0; // unusable until complete
            int count = parser._fieldCount;
            EnsureLength(ref Fields, count);
            ref byte origin = ref MemoryMarshal.GetReference(frame);
            int lastWordStart = frame.Length - sizeof(ulong);
            int fieldStart = 0;
            for (int i = 0; i < count; i++)
            {
                ref readonly FieldEntry field = ref parser._fields[i];
                int tagLength = field.Start - fieldStart; // digits and '='
                if (fieldStart > lastWordStart && i != count - 1)
                {
                    return false; // the match reads 8 bytes from every field start but the last
                }

                ulong text = ReadFieldStart(ref origin, fieldStart, lastWordStart);
                ulong mask = ulong.MaxValue >> ((sizeof(ulong) - tagLength) << 3);
                Fields[i] = new ShapeField { Text = text & mask, Mask = mask, Tag = field.Tag, Entry = field.Entry, TagLength = tagLength };
                if (field.Tag == FixTag.MsgType && !CompareWhole(ref Fields[i], text, tagLength + field.Length + 1))
                {
                    return false;
                }

                fieldStart = field.Start + field.Length + 1;
            }

            // NumInGroup values decide the structure too: their whole field (value and SOH) must match.
            for (int g = 0; g < parser._groupCount; g++)
            {
                ref readonly GroupRecord group = ref parser._groups[g];
                ref readonly FieldEntry count0 = ref parser._fields[group.CountField];
                ref ShapeField shapeField = ref Fields[group.CountField];
                int start = count0.Start - shapeField.TagLength;
                if (start > lastWordStart ||
                    !CompareWhole(ref shapeField, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref origin, start)), shapeField.TagLength + count0.Length + 1))
                {
                    return false;
                }
            }

            IndexedCount = parser._indexedCount;
            EnsureLength(ref IndexedTags, IndexedCount);
            EnsureLength(ref IndexSlots, IndexedCount);
            for (int i = 0; i < IndexedCount; i++)
            {
                int tag = parser._indexedTags[i];
                IndexedTags[i] = tag;
                IndexSlots[i] = parser._index[tag];
            }

            LargeCount = parser._largeCount;
            EnsureLength(ref Large, LargeCount);
            parser._large.AsSpan(0, LargeCount).CopyTo(Large);
            GroupCount = parser._groupCount;
            EnsureLength(ref Groups, GroupCount);
            parser._groups.AsSpan(0, GroupCount).CopyTo(Groups);
            EntryCount = parser._entryCount;
            EnsureLength(ref Entries, EntryCount);
            parser._entries.AsSpan(0, EntryCount).CopyTo(Entries);
            Definition = parser._definition;
            FieldCount = count;
            return true;
        }

        // Widens a field's mask to its whole text (value and SOH); false when that is more than 8 bytes.
        private static bool CompareWhole(ref ShapeField field, ulong text, int wholeLength)
        {
            if (wholeLength > sizeof(ulong))
            {
                return false;
            }

            field.Mask = ulong.MaxValue >> ((sizeof(ulong) - wholeLength) << 3);
            field.Text = text & field.Mask;
            return true;
        }

        private static void EnsureLength<T>(ref T[] array, int length)
        {
            if (array.Length < length)
            {
                array = new T[Math.Max(length, array.Length * 2)];
            }
        }
    }
}
