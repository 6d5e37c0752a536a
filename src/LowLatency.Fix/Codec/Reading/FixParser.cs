using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LowLatency.Core;
using LowLatency.Fix.Codec.Values;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Dictionary;

namespace LowLatency.Fix.Codec.Reading;

// Invariants:
//  * one pass over the frame; every field is recorded once in _fields (in wire order) with its value's
//    offset and length into the frame; nothing is copied and nothing allocated once the arrays have grown to
//    the largest message seen (they only grow on a bigger message, in NoInlining paths);
//  * top-level fields are indexed by tag: _index[tag] = field + 1 for tags < 1024, _large for the rest, so a
//    lookup is one load; only the slots a message set are cleared before the next parse;
//  * group membership follows the dictionary's layout for the MsgType (35 is the third field): a field the
//    open group holds goes into the current entry, anything else closes the group; entries of one group are
//    contiguous in _entries because they are reserved when the NumInGroup field is read;
//  * the first structural problem is kept as (SessionRejectReason, RefTagID); parsing goes on so MsgSeqNum and
//    MsgType are still available for the Reject. Only input that is not a FIX frame at all (8, 9 not first,
//    10 not last) makes TryParse return false: that is a garbled message, which the session ignores;
//  * three ways to the same view (TryParse picks): a layout seen before is matched against its shape
//    (FixParser.Shapes.cs), a well-formed frame takes the fast path (FixParser.Fast.cs), and anything either
//    declines is decided by the checked byte loop below, which is the definition of what the others must produce.

/// <summary>
/// Parses framed FIX messages into a <see cref="FixMessage"/> view with a tag index and repeating groups.
/// One per connection (it owns the reusable index); not thread-safe; a view is valid until the next parse.
/// </summary>
public sealed partial class FixParser
{
    private const int DirectTags = 1024;
    private const int MaxGroupDepth = 8;
    private const byte Soh = 1;

    private const byte HeaderTag = 1;
    private const byte TrailerTag = 2;
    private const byte LengthTag = 4;
    private const byte GroupCountTag = 8;
    private const byte MsgTypeTag = 16;

    // Sections a message's fields go through in order; a field of an earlier section after a later one is out of
    // order. Numbered so SectionOf is one operation on a tag's class (header bit 1, trailer bit 2).
    private const int HeaderSection = 0;
    private const int BodySection = 1;
    private const int TrailerSection = 3;

    private readonly FixDictionary _dictionary;

    // Per-tag facts the loop needs for every field (header? trailer? announces a data field?) folded into one
    // byte per tag, so classifying a field is a single load instead of three dictionary calls.
    private readonly byte[] _tagClass = new byte[DirectTags];
    private readonly int[] _index = new int[DirectTags];

    // The _index slots this message set, so Reset clears those instead of walking every field (group members
    // never set one). A slot is set at most once per message, so DirectTags entries always suffice.
    private readonly int[] _indexedTags = new int[DirectTags];
    private readonly int[] _entryStamp = new int[DirectTags];
    private readonly GroupFrame[] _stack = new GroupFrame[MaxGroupDepth];
    private FieldEntry[] _fields = new FieldEntry[256];
    private int[] _large = new int[16];
    private GroupRecord[] _groups = new GroupRecord[16];
    private EntryRecord[] _entries = new EntryRecord[128];
    private int _fieldCount;
    private int _indexedCount;
    private int _largeCount;
    private int _groupCount;
    private int _entryCount;
    private int _depth;
    private int _stamp;
    private int _section;
    private FixMessageDefinition? _definition;
    private FixFieldError _error;

    public FixParser()
        : this(FixDictionary.Fix44)
    {
    }

    public FixParser(FixDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _dictionary = dictionary;
        for (int tag = 1; tag < DirectTags; tag++)
        {
            _tagClass[tag] = (byte)((dictionary.IsHeaderField(tag) ? HeaderTag : 0) |
                                    (dictionary.IsTrailerField(tag) && !dictionary.IsHeaderField(tag) ? TrailerTag : 0) |
                                    (dictionary.GetDataTag(tag) != 0 ? LengthTag : 0));
        }

        _tagClass[FixTag.MsgType] |= MsgTypeTag;

        MarkGroupCounts(dictionary.Header.Groups);
        foreach (FixMessageDefinition message in dictionary.Messages)
        {
            MarkGroupCounts(message.Groups);
        }
    }

    // Tags that count a top-level group of the header or of some message: only those need the (pointer-chasing)
    // definition lookup per field; nested groups are found through their parent group's definition.
    private void MarkGroupCounts(ReadOnlySpan<FixGroupDefinition> groups)
    {
        foreach (FixGroupDefinition group in groups)
        {
            if ((uint)group.CountTag < DirectTags)
            {
                _tagClass[group.CountTag] |= GroupCountTag;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SectionOf(byte tagClass) => (tagClass & (HeaderTag | TrailerTag)) ^ BodySection;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte ClassOf(int tag)
    {
        byte[] classes = _tagClass;
        return (uint)tag < (uint)classes.Length ? classes[tag] : (byte)0;
    }

    public FixDictionary Dictionary => _dictionary;

    internal FixMessageDefinition? Definition => _definition;

    internal FixFieldError Error => _error;

    internal int FieldCount => _fieldCount;

    internal int GroupCount => _groupCount;

    internal ref readonly FieldEntry FieldAt(int index) => ref _fields[index];

    internal ref readonly GroupRecord GroupAt(int index) => ref _groups[index];

    internal ref readonly EntryRecord EntryAt(int index) => ref _entries[index];

    // The byte loop: decides every frame the fast path leaves (errors, data fields, short or odd frames).
    private bool TryParseChecked(ReadOnlySpan<byte> frame, out FixMessage message)
    {
        Reset();
        int pos = 0;
        int n = frame.Length;
        int dataTag = 0;
        int dataLength = -1;
        int previousTag = 0;
        while (pos < n)
        {
            if (_section == TrailerSection && _fieldCount > 0 && _fields[_fieldCount - 1].Tag == FixTag.CheckSum)
            {
                message = default;
                return false; // bytes after 10=nnn SOH
            }

            // Fast path: 1-8 digits then '=' (every well-formed field) in a loop with one test per digit. Anything
            // else is read again from the start by the original byte loop below, which decides the error exactly as
            // before (8 digits cannot overflow, and that loop accepts any tag of up to 8 digits too).
            int tag = 0;
            int p = pos;
            while ((uint)p < (uint)frame.Length)
            {
                uint digit = (uint)frame[p] - '0';
                if (digit > 9)
                {
                    break;
                }

                tag = (tag * 10) + (int)digit;
                p++;
            }

            if ((uint)(p - pos - 1) > 7 || (uint)p >= (uint)frame.Length || frame[p] != '=' || tag == 0)
            {
                tag = 0;
                p = pos;
                bool badTag = false;
                while (true)
                {
                    if (p >= n)
                    {
                        SetError(SessionRejectReason.NonDataValueIncludesFieldDelimiter, previousTag);
                        pos = n;
                        goto Done;
                    }

                    uint b = frame[p];
                    if (b == '=')
                    {
                        break;
                    }

                    if (b == Soh)
                    {
                        // "x" SOH with no '=': the previous value held a SOH (FIX: non-data value includes delimiter).
                        badTag = true;
                        break;
                    }

                    uint d = b - '0';
                    if (d > 9 || tag > 99_999_999)
                    {
                        badTag = true;
                    }
                    else
                    {
                        tag = (tag * 10) + (int)d;
                    }

                    p++;
                }

                if (badTag || p == pos || tag == 0)
                {
                    if (p < n && frame[p] == Soh)
                    {
                        SetError(SessionRejectReason.NonDataValueIncludesFieldDelimiter, previousTag);
                        pos = p + 1;
                    }
                    else
                    {
                        SetError(SessionRejectReason.InvalidTagNumber, badTag ? 0 : tag);
                        int skip = frame[p..].IndexOf(Soh);
                        pos = skip < 0 ? n : p + skip + 1;
                    }

                    continue;
                }
            }

            int valueStart = p + 1;
            int valueEnd;
            if (tag == dataTag && dataLength >= 0 && (long)valueStart + dataLength < n && frame[valueStart + dataLength] == Soh)
            {
                valueEnd = valueStart + dataLength; // a data field may hold SOH: its Length field says where it ends
            }
            else
            {
                valueEnd = ScanToSoh(frame, valueStart);
            }

            dataTag = 0;
            if (!Accept(frame, tag, valueStart, valueEnd - valueStart))
            {
                message = default;
                return false;
            }

            if ((ClassOf(tag) & LengthTag) != 0)
            {
                dataTag = _dictionary.GetDataTag(tag);
                if (!FixNumber.TryParseInt(frame.Slice(valueStart, valueEnd - valueStart), out dataLength))
                {
                    dataLength = -1;
                }
            }

            previousTag = tag;
            pos = valueEnd + 1;
        }

    Done:
        while (_depth > 0)
        {
            CloseGroup();
        }

        if (_fieldCount < 3 || _fields[_fieldCount - 1].Tag != FixTag.CheckSum)
        {
            message = default;
            return false;
        }

        message = new FixMessage(frame, this);
        return true;
    }

    // Bytes equal to zero get their high bit set. Bytes above the first zero byte may be false positives
    // (borrow), so only the lowest set bit is meaningful: callers take TrailingZeroCount.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ZeroBytes(ulong word) => (word - 0x0101_0101_0101_0101UL) & ~word & 0x8080_8080_8080_8080UL;

    // Values are short (a few to a dozen bytes): 8 bytes per step with a SOH test on the whole word, the byte
    // loop only for the last few bytes of the frame. Cheaper than IndexOf's vector set-up at these lengths.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanToSoh(ReadOnlySpan<byte> frame, int from)
    {
        int i = from;
        if (BitConverter.IsLittleEndian)
        {
            ref byte origin = ref MemoryMarshal.GetReference(frame);
            while (i <= frame.Length - sizeof(ulong))
            {
                // Safe: i + 8 <= frame.Length (loop condition) and i >= from >= 0.
                ulong soh = ZeroBytes(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref origin, i)) ^ 0x0101_0101_0101_0101UL);
                if (soh != 0)
                {
                    return i + (BitOperations.TrailingZeroCount(soh) >> 3);
                }

                i += sizeof(ulong);
            }
        }

        while ((uint)i < (uint)frame.Length && frame[i] != Soh)
        {
            i++;
        }

        return i;
    }

    private void Reset()
    {
        int[] index = _index;
        int[] indexed = _indexedTags;
        for (int i = 0; i < _indexedCount; i++)
        {
            index[indexed[i]] = 0;
        }

        _indexedCount = 0;
        _fieldCount = 0;
        _largeCount = 0;
        _groupCount = 0;
        _entryCount = 0;
        _depth = 0;
        _section = HeaderSection;
        _definition = null;
        _error = FixFieldError.None;
        _installed = null;
    }

    // Returns false only for "not a FIX message": 8 and 9 must be the first two fields.
    private bool Accept(ReadOnlySpan<byte> frame, int tag, int start, int length)
    {
        int ordinal = _fieldCount;
        if (ordinal < 2)
        {
            if (tag != (ordinal == 0 ? FixTag.BeginString : FixTag.BodyLength))
            {
                return false;
            }
        }
        else if (ordinal == 2 && tag != FixTag.MsgType)
        {
            SetError(SessionRejectReason.TagSpecifiedOutOfRequiredOrder, FixTag.MsgType);
        }

        if (length == 0)
        {
            SetError(SessionRejectReason.TagSpecifiedWithoutAValue, tag);
        }

        if (_depth > 0 && AcceptInGroup(frame, tag, start, length))
        {
            return true;
        }

        byte tagClass = ClassOf(tag);
        bool isHeader = (tagClass & HeaderTag) != 0;
        int section = SectionOf(tagClass);
        if (section < _section)
        {
            SetError(SessionRejectReason.TagSpecifiedOutOfRequiredOrder, tag); // header after body/trailer, body after trailer
        }
        else
        {
            _section = section;
        }

        int field = AddField(tag, start, length, -1);
        if ((uint)tag < DirectTags)
        {
            ref int slot = ref _index[tag];
            if (slot != 0)
            {
                SetError(SessionRejectReason.TagAppearsMoreThanOnce, tag);
            }
            else
            {
                slot = field + 1;
                _indexedTags[_indexedCount++] = tag;
            }
        }
        else
        {
            AddLarge(tag, field);
        }

        if (tag == FixTag.MsgType && _definition is null)
        {
            _definition = _dictionary.GetMessage(frame.Slice(start, length));
        }

        if ((tagClass & GroupCountTag) != 0 || (uint)tag >= DirectTags)
        {
            FixGroupDefinition? group = isHeader ? _dictionary.Header.GetGroup(tag) : _definition?.GetGroup(tag);
            if (group is not null)
            {
                OpenGroup(frame, group, field, parentEntry: -1);
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int AddField(int tag, int start, int length, int entry)
    {
        int field = _fieldCount;
        if ((uint)field >= (uint)_fields.Length)
        {
            Grow(ref _fields);
        }

        ref FieldEntry e = ref _fields[field];
        e.Tag = tag;
        e.Start = start;
        e.Length = length;
        e.Entry = entry;
        _fieldCount = field + 1;
        return field;
    }

    private void AddLarge(int tag, int field)
    {
        for (int i = 0; i < _largeCount; i++)
        {
            if (_fields[_large[i]].Tag == tag)
            {
                SetError(SessionRejectReason.TagAppearsMoreThanOnce, tag);
                return;
            }
        }

        if (_largeCount == _large.Length)
        {
            Grow(ref _large);
        }

        _large[_largeCount++] = field;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetError(SessionRejectReason reason, int refTagId)
    {
        if (!_error.IsError)
        {
            _error = new FixFieldError(reason, refTagId);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Grow<T>(ref T[] array) => Array.Resize(ref array, array.Length * 2);

    internal static void ThrowIfDefault(FixParser? parser)
    {
        if (parser is null)
        {
            ThrowHelper.ThrowInvalidOperation("the message view is default: parse a frame first");
        }
    }
}
