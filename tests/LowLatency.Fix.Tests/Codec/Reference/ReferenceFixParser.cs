using System.Runtime.CompilerServices;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Values;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Dictionary;

namespace LowLatency.Fix.Tests.Codec.Reference;

// A frozen copy of FixParser as it was before the per-field speed work (commit f6de59b), kept only so the
// differential tests can prove the optimised parser reports exactly the same fields, groups, entries and
// first error for any input. Do not optimise or "fix" this file: it is the specification by example.
internal sealed partial class ReferenceFixParser
{
    private const int DirectTags = 1024;
    private const int MaxGroupDepth = 8;
    private const byte Soh = 1;

    private const byte HeaderTag = 1;
    private const byte TrailerTag = 2;
    private const byte LengthTag = 4;

    private readonly FixDictionary _dictionary;

    // Per-tag facts the loop needs for every field (header? trailer? announces a data field?) folded into one
    // byte per tag, so classifying a field is a single load instead of three dictionary calls.
    private readonly byte[] _tagClass = new byte[DirectTags];
    private readonly int[] _index = new int[DirectTags];
    private readonly int[] _entryStamp = new int[DirectTags];
    private readonly GroupFrame[] _stack = new GroupFrame[MaxGroupDepth];
    private FieldEntry[] _fields = new FieldEntry[256];
    private int[] _large = new int[16];
    private GroupRecord[] _groups = new GroupRecord[16];
    private EntryRecord[] _entries = new EntryRecord[128];
    private int _fieldCount;
    private int _largeCount;
    private int _groupCount;
    private int _entryCount;
    private int _depth;
    private int _stamp;
    private bool _sawBody;
    private bool _sawTrailer;
    private FixMessageDefinition? _definition;
    private FixFieldError _error;

    public ReferenceFixParser()
        : this(FixDictionary.Fix44)
    {
    }

    public ReferenceFixParser(FixDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _dictionary = dictionary;
        for (int tag = 1; tag < DirectTags; tag++)
        {
            _tagClass[tag] = (byte)((dictionary.IsHeaderField(tag) ? HeaderTag : 0) |
                                    (dictionary.IsTrailerField(tag) ? TrailerTag : 0) |
                                    (dictionary.GetDataTag(tag) != 0 ? LengthTag : 0));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte ClassOf(int tag)
    {
        byte[] classes = _tagClass;
        return (uint)tag < (uint)classes.Length ? classes[tag] : (byte)0;
    }

    public FixMessageDefinition? Definition => _definition;

    public FixFieldError Error => _error;

    public int FieldCount => _fieldCount;

    public int GroupCount => _groupCount;

    public ref readonly FieldEntry FieldAt(int index) => ref _fields[index];

    public ref readonly GroupRecord GroupAt(int index) => ref _groups[index];

    public ref readonly EntryRecord EntryAt(int index) => ref _entries[index];

    public bool TryParse(ReadOnlySpan<byte> frame)
    {
        Reset();
        int pos = 0;
        int n = frame.Length;
        int dataTag = 0;
        int dataLength = -1;
        int previousTag = 0;
        while (pos < n)
        {
            if (_sawTrailer && _fieldCount > 0 && _fields[_fieldCount - 1].Tag == FixTag.CheckSum)
            {
                return false; // bytes after 10=nnn SOH
            }

            int tag = 0;
            int p = pos;
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
            return false;
        }

        return true;
    }

    // Values are short (a few to a dozen bytes): a plain loop beats IndexOf's vector set-up here.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanToSoh(ReadOnlySpan<byte> frame, int from)
    {
        int i = from;
        while ((uint)i < (uint)frame.Length && frame[i] != Soh)
        {
            i++;
        }

        return i;
    }

    private void Reset()
    {
        int[] index = _index;
        FieldEntry[] fields = _fields;
        for (int i = 0; i < _fieldCount; i++)
        {
            int tag = fields[i].Tag;
            if ((uint)tag < (uint)index.Length)
            {
                index[tag] = 0;
            }
        }

        _fieldCount = 0;
        _largeCount = 0;
        _groupCount = 0;
        _entryCount = 0;
        _depth = 0;
        _sawBody = false;
        _sawTrailer = false;
        _definition = null;
        _error = FixFieldError.None;
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
        if (isHeader)
        {
            if (_sawBody || _sawTrailer)
            {
                SetError(SessionRejectReason.TagSpecifiedOutOfRequiredOrder, tag);
            }
        }
        else if ((tagClass & TrailerTag) != 0)
        {
            _sawTrailer = true;
        }
        else
        {
            if (_sawTrailer)
            {
                SetError(SessionRejectReason.TagSpecifiedOutOfRequiredOrder, tag);
            }

            _sawBody = true;
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

        FixGroupDefinition? group = isHeader ? _dictionary.Header.GetGroup(tag) : _definition?.GetGroup(tag);
        if (group is not null)
        {
            OpenGroup(frame, group, field, parentEntry: -1);
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

}
