using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Values;
using LowLatency.Fix.Messages.Dictionary;

namespace LowLatency.Fix.Messages.Validation;

// Order of checks (the order QuickFIX applies, which counterparties expect when several things are wrong):
//   1. MsgType: missing → RequiredTagMissing(35); not a FIX 4.4 type → InvalidMsgType(11); defined but not
//      supported here → BusinessMessageReject(UnsupportedMessageType);
//   2. structural problems the parser found (duplicates 13, order 14, groups 15/16, empty value 4, SOH in a
//      value 17, bad tag 0);
//   3. header required fields (49, 56, 34, 52);
//   4. every field: known tag (0 / 2), value format for its data type (6), enumerated value (5);
//   5. required body fields (1), then required fields in every group entry (1).
// The session layer adds what needs its state: CompID (9), SendingTime accuracy (10), sequence numbers.

/// <summary>
/// Decides whether a parsed message is processed, rejected at session level, or business-rejected, with the
/// FIX 4.4 reason and RefTagID. Stateless and allocation-free; one instance can serve every session.
/// </summary>
public sealed class FixValidator
{
    // FIX 4.4 numbers its fields 1..956; tags up to there that this dictionary lacks are FIX fields the message
    // does not define (2), numbers beyond and below 5000 are not FIX fields at all (0).
    private const int HighestFix44Tag = 956;
    private const int FirstUserDefinedTag = 5000;

    private static readonly int[] RequiredHeaderTags = [FixTag.SenderCompID, FixTag.TargetCompID, FixTag.MsgSeqNum, FixTag.SendingTime];

    private readonly FixDictionary _dictionary;
    private readonly FixValidationOptions _options;

    public FixValidator(FixDictionary? dictionary = null, FixValidationOptions? options = null)
    {
        _dictionary = dictionary ?? FixDictionary.Fix44;
        _options = options ?? FixValidationOptions.Default;
    }

    public FixDictionary Dictionary => _dictionary;

    public FixValidationOptions Options => _options;

    public FixValidationResult Validate(in FixMessage message)
    {
        if (!message.TryGetSpan(FixTag.MsgType, out ReadOnlySpan<byte> msgType))
        {
            return FixValidationResult.Session(SessionRejectReason.RequiredTagMissing, FixTag.MsgType);
        }

        if (msgType.IsEmpty)
        {
            return FixValidationResult.Session(SessionRejectReason.TagSpecifiedWithoutAValue, FixTag.MsgType);
        }

        FixMessageDefinition? definition = _dictionary.GetMessage(msgType);
        if (definition is null)
        {
            return _dictionary.IsDefinedMsgType(msgType)
                ? FixValidationResult.Business(BusinessRejectReason.UnsupportedMessageType)
                : FixValidationResult.Session(SessionRejectReason.InvalidMsgType, FixTag.MsgType);
        }

        FixFieldError error = message.Error;
        if (error.IsError)
        {
            return FixValidationResult.Session(error.Reason, error.RefTagId);
        }

        foreach (int tag in RequiredHeaderTags)
        {
            if (!message.Contains(tag))
            {
                return FixValidationResult.Session(SessionRejectReason.RequiredTagMissing, tag);
            }
        }

        int count = message.FieldCount;
        for (int i = 0; i < count; i++)
        {
            FixField field = message.GetField(i);
            FixValidationResult fieldResult = ValidateField(field, definition);
            if (!fieldResult.IsValid)
            {
                return fieldResult;
            }
        }

        foreach (int tag in definition.RequiredFields)
        {
            if (!message.Contains(tag))
            {
                return FixValidationResult.Session(SessionRejectReason.RequiredTagMissing, tag);
            }
        }

        return ValidateGroups(message);
    }

    private FixValidationResult ValidateField(FixField field, FixMessageDefinition definition)
    {
        int tag = field.Tag;
        FixFieldDefinition? fieldDefinition = _dictionary.GetField(tag);
        if (fieldDefinition is null)
        {
            if (tag >= FirstUserDefinedTag)
            {
                return _options.ValidateUserDefinedFields
                    ? FixValidationResult.Session(SessionRejectReason.InvalidTagNumber, tag)
                    : FixValidationResult.Valid;
            }

            return tag <= HighestFix44Tag
                ? (_options.RejectFieldsNotInMessage ? FixValidationResult.Session(SessionRejectReason.TagNotDefinedForThisMessageType, tag) : FixValidationResult.Valid)
                : FixValidationResult.Session(SessionRejectReason.InvalidTagNumber, tag);
        }

        // Group members were placed by the parser from this message's layout; top-level fields must belong
        // to the header, the trailer or this message.
        if (!field.IsInGroup && _options.RejectFieldsNotInMessage &&
            !definition.Contains(tag) && !_dictionary.IsHeaderField(tag) && !_dictionary.IsTrailerField(tag))
        {
            return FixValidationResult.Session(SessionRejectReason.TagNotDefinedForThisMessageType, tag);
        }

        if (_options.ValidateFieldFormats && !HasValidFormat(fieldDefinition.Type, field.Value))
        {
            return FixValidationResult.Session(SessionRejectReason.IncorrectDataFormatForValue, tag);
        }

        if (_options.ValidateEnumeratedValues && !fieldDefinition.IsAllowedValue(field.Value))
        {
            return FixValidationResult.Session(SessionRejectReason.ValueIsIncorrect, tag);
        }

        return FixValidationResult.Valid;
    }

    private static FixValidationResult ValidateGroups(in FixMessage message)
    {
        // Groups are checked entry by entry for the fields every entry must carry (e.g. 269 MDEntryType in W).
        // Walking fields once: each group member's entry is known; a required field is missing from an entry
        // when the entry ends without it. Entries are few and small, so a direct scan per entry is cheapest.
        return FixGroupRequirements.Check(message);
    }

    /// <summary>True when <paramref name="value"/> is well formed for <paramref name="type"/> (FIX 4.4 Vol. 1 data types).</summary>
    public static bool HasValidFormat(FixDataType type, ReadOnlySpan<byte> value)
    {
        switch (type)
        {
            case FixDataType.Int:
                return FixNumber.TryParseLong(value, out _);
            case FixDataType.Length:
            case FixDataType.NumInGroup:
            case FixDataType.SeqNum:
            case FixDataType.TagNum:
                return FixNumber.TryParseLong(value, out long nonNegative) && nonNegative >= 0;
            case FixDataType.DayOfMonth:
                return FixNumber.TryParseInt(value, out int day) && day is >= 1 and <= 31;
            case FixDataType.Float:
            case FixDataType.Qty:
            case FixDataType.Price:
            case FixDataType.PriceOffset:
            case FixDataType.Amt:
            case FixDataType.Percentage:
                return IsFloat(value);
            case FixDataType.Char:
                return value.Length == 1;
            case FixDataType.Boolean:
                return FixValue.TryParseBool(value, out _);
            case FixDataType.UtcTimestamp:
                return UtcTimestamp.TryParse(value, out _);
            case FixDataType.UtcTimeOnly:
                return UtcTimestamp.TryParseTimeOfDay(value, out _);
            case FixDataType.UtcDateOnly:
            case FixDataType.LocalMktDate:
                return UtcTimestamp.TryParseDate(value, out _);
            case FixDataType.MonthYear:
                return IsMonthYear(value);
            default:
                return true;
        }
    }

    // FIX float: optional '-', digits with at most one '.', at least one digit; no exponent, no '+'.
    private static bool IsFloat(ReadOnlySpan<byte> value)
    {
        int i = value.Length > 0 && value[0] == (byte)'-' ? 1 : 0;
        bool digit = false;
        bool point = false;
        for (; i < value.Length; i++)
        {
            byte b = value[i];
            if ((uint)(b - '0') <= 9)
            {
                digit = true;
            }
            else if (b == (byte)'.' && !point)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        return digit;
    }

    // MonthYear: YYYYMM, YYYYMMDD or YYYYMMwN (week 1-5).
    private static bool IsMonthYear(ReadOnlySpan<byte> value)
    {
        if (value.Length < 6 || !FixNumber.TryParseInt(value[..6], out int yyyymm) || yyyymm % 100 is < 1 or > 12)
        {
            return false;
        }

        if (value.Length == 6)
        {
            return true;
        }

        if (value.Length == 8 && value[6] == (byte)'w')
        {
            return value[7] is >= (byte)'1' and <= (byte)'5';
        }

        return value.Length == 8 && UtcTimestamp.TryParseDate(value, out _);
    }
}
