using LowLatency.Fix.Messages;

namespace LowLatency.Fix.Session;

/// <summary>Text(58) of the session's Reject and Logout messages, as constant UTF-8 so sending them allocates nothing.</summary>
internal static class SessionTexts
{
    public static ReadOnlySpan<byte> SendingTimeAccuracy => "SendingTime accuracy problem"u8;

    public static ReadOnlySpan<byte> CompIdProblem => "CompID problem"u8;

    public static ReadOnlySpan<byte> IncorrectBeginString => "Incorrect BeginString"u8;

    public static ReadOnlySpan<byte> MsgSeqNumMissing => "MsgSeqNum(34) missing or invalid"u8;

    public static ReadOnlySpan<byte> OrigSendingTimeMissing => "Required tag missing: OrigSendingTime(122) with PossDupFlag=Y"u8;

    public static ReadOnlySpan<byte> AttemptToLowerSeqNum => "Attempt to lower sequence number, invalid value NewSeqNo(36)"u8;

    public static ReadOnlySpan<byte> UnsupportedMessageType => "Unsupported message type"u8;

    public static ReadOnlySpan<byte> SessionTimeEnded => "Session time ended"u8;

    public static ReadOnlySpan<byte> NewSessionPeriod => "New session period: sequence numbers reset"u8;

    public static ReadOnlySpan<byte> OutsideSessionTime => "Logon outside of session time"u8;

    public static ReadOnlySpan<byte> InvalidLogon => "Invalid Logon"u8;

    public static ReadOnlySpan<byte> UnexpectedLogon => "Logon received while logged on"u8;

    public static ReadOnlySpan<byte> ForReason(SessionRejectReason reason) => reason switch
    {
        SessionRejectReason.InvalidTagNumber => "Invalid tag number"u8,
        SessionRejectReason.RequiredTagMissing => "Required tag missing"u8,
        SessionRejectReason.TagNotDefinedForThisMessageType => "Tag not defined for this message type"u8,
        SessionRejectReason.UndefinedTag => "Undefined tag"u8,
        SessionRejectReason.TagSpecifiedWithoutAValue => "Tag specified without a value"u8,
        SessionRejectReason.ValueIsIncorrect => "Value is incorrect (out of range) for this tag"u8,
        SessionRejectReason.IncorrectDataFormatForValue => "Incorrect data format for value"u8,
        SessionRejectReason.DecryptionProblem => "Decryption problem"u8,
        SessionRejectReason.SignatureProblem => "Signature problem"u8,
        SessionRejectReason.CompIdProblem => "CompID problem"u8,
        SessionRejectReason.SendingTimeAccuracyProblem => "SendingTime accuracy problem"u8,
        SessionRejectReason.InvalidMsgType => "Invalid MsgType"u8,
        SessionRejectReason.XmlValidationError => "XML validation error"u8,
        SessionRejectReason.TagAppearsMoreThanOnce => "Tag appears more than once"u8,
        SessionRejectReason.TagSpecifiedOutOfRequiredOrder => "Tag specified out of required order"u8,
        SessionRejectReason.RepeatingGroupFieldsOutOfOrder => "Repeating group fields out of order"u8,
        SessionRejectReason.IncorrectNumInGroupCountForRepeatingGroup => "Incorrect NumInGroup count for repeating group"u8,
        SessionRejectReason.NonDataValueIncludesFieldDelimiter => "Non-data value includes field delimiter"u8,
        _ => "Other"u8,
    };
}
