using System.Runtime.CompilerServices;

namespace LowLatency.Fix.Messages.Dictionary;

/// <summary>
/// What FIX 4.4 says about fields and messages, as far as this engine needs: field types and key enumerations,
/// header/trailer and message layouts with repeating groups, the list of every defined MsgType. Built once at
/// start-up (allocations there are fine), then read-only and shared by every connection and thread.
/// </summary>
public sealed class FixDictionary
{
    private static readonly Lazy<FixDictionary> Fix44Instance = new(() => FixDictionaryLoader.Load(
        "FIX.4.4", Fix44Data.Fields, Fix44Data.Enums, Fix44Data.Messages, Fix44Data.AllMsgTypes));

    private readonly FixFieldDefinition?[] _fields;
    private readonly Dictionary<int, FixFieldDefinition> _largeFields;
    private readonly FixMessageDefinition?[] _singleByteMessages = new FixMessageDefinition?[128];
    private readonly Dictionary<int, FixMessageDefinition> _multiByteMessages = [];
    private readonly HashSet<int> _definedMsgTypes;
    private readonly byte[] _dataTagByLengthTag = new byte[FixFieldSet.DirectTags * 2];
    private readonly FixMessageDefinition[] _messages;

    internal FixDictionary(string beginString, IEnumerable<FixFieldDefinition> fields, FixMessageDefinition header,
        FixMessageDefinition trailer, FixMessageDefinition[] messages, IEnumerable<string> definedMsgTypes)
    {
        BeginString = beginString;
        Header = header;
        Trailer = trailer;
        _messages = messages;
        int maxDirect = 0;
        _largeFields = [];
        var all = fields.ToList();
        foreach (FixFieldDefinition f in all)
        {
            if (f.Tag < FixFieldSet.DirectTags)
            {
                maxDirect = Math.Max(maxDirect, f.Tag);
            }
        }

        _fields = new FixFieldDefinition?[maxDirect + 1];
        foreach (FixFieldDefinition f in all)
        {
            if (f.Tag <= maxDirect)
            {
                _fields[f.Tag] = f;
            }
            else
            {
                _largeFields[f.Tag] = f;
            }
        }

        foreach (FixMessageDefinition m in messages)
        {
            if (m.MsgTypeBytes.Length == 1 && m.MsgTypeBytes[0] < 128)
            {
                _singleByteMessages[m.MsgTypeBytes[0]] = m;
            }
            else
            {
                _multiByteMessages[Key(m.MsgTypeBytes)] = m;
            }
        }

        _definedMsgTypes = [.. definedMsgTypes.Select(t => Key(System.Text.Encoding.ASCII.GetBytes(t)))];
        PairDataFields(all);
    }

    /// <summary>The FIX 4.4 dictionary (supported messages in full specification layout).</summary>
    public static FixDictionary Fix44 => Fix44Instance.Value;

    public string BeginString { get; }

    public FixMessageDefinition Header { get; }

    public FixMessageDefinition Trailer { get; }

    public IReadOnlyList<FixMessageDefinition> Messages => _messages;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FixFieldDefinition? GetField(int tag)
    {
        FixFieldDefinition?[] fields = _fields;
        if ((uint)tag < (uint)fields.Length)
        {
            return fields[tag];
        }

        return tag > 0 && _largeFields.TryGetValue(tag, out FixFieldDefinition? f) ? f : null;
    }

    /// <summary>The layout of a supported message type, or null when this engine does not support it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FixMessageDefinition? GetMessage(ReadOnlySpan<byte> msgType)
    {
        if (msgType.Length == 1 && msgType[0] < 128)
        {
            return _singleByteMessages[msgType[0]];
        }

        return GetMultiByteMessage(msgType);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private FixMessageDefinition? GetMultiByteMessage(ReadOnlySpan<byte> msgType) =>
        msgType.Length is > 1 and <= 3 && _multiByteMessages.TryGetValue(Key(msgType), out FixMessageDefinition? m) ? m : null;

    /// <summary>
    /// True when FIX 4.4 defines <paramref name="msgType"/> or it is user-defined (starts with 'U'): such a
    /// message, if unsupported, gets BusinessMessageReject(UnsupportedMessageType); anything else is an
    /// invalid MsgType (SessionRejectReason 11).
    /// </summary>
    public bool IsDefinedMsgType(ReadOnlySpan<byte> msgType)
    {
        if (msgType.Length == 0)
        {
            return false;
        }

        if (msgType[0] == (byte)'U' && msgType.Length <= 8)
        {
            foreach (byte b in msgType)
            {
                if (b <= (byte)' ' || b >= 127 || b == (byte)'=')
                {
                    return false;
                }
            }

            return true;
        }

        return msgType.Length <= 3 && _definedMsgTypes.Contains(Key(msgType));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsHeaderField(int tag) => Header.Contains(tag);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsTrailerField(int tag) => Trailer.Contains(tag);

    /// <summary>For a Length field that announces a data field (e.g. 95 RawDataLength → 96 RawData), the data tag; else 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetDataTag(int lengthTag)
    {
        if ((uint)lengthTag >= FixFieldSet.DirectTags)
        {
            return 0;
        }

        int offset = lengthTag * 2;
        return _dataTagByLengthTag[offset] | (_dataTagByLengthTag[offset + 1] << 8);
    }

    // FIX: "Data fields are always immediately preceded by a length field". The pairs are the spec's
    // (a Length field directly before its Data field in the field list, e.g. 93 SignatureLength → 89 Signature).
    private void PairDataFields(List<FixFieldDefinition> all)
    {
        foreach ((int length, int data) in FixDictionaryLoader.DataFieldPairs)
        {
            if (GetField(length)?.Type == FixDataType.Length && GetField(data)?.Type == FixDataType.Data)
            {
                _dataTagByLengthTag[length * 2] = (byte)data;
                _dataTagByLengthTag[(length * 2) + 1] = (byte)(data >> 8);
            }
        }

        _ = all;
    }

    private static int Key(ReadOnlySpan<byte> msgType)
    {
        int key = msgType.Length;
        for (int i = 0; i < msgType.Length && i < 3; i++)
        {
            key |= msgType[i] << (8 * (i + 1));
        }

        return key;
    }
}
