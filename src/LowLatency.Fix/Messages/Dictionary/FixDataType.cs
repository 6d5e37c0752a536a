namespace LowLatency.Fix.Messages.Dictionary;

/// <summary>FIX 4.4 field data types (Vol. 1 "Data types"), which decide how a value's format is checked.</summary>
public enum FixDataType : byte
{
    String = 0,
    Int,
    Length,
    NumInGroup,
    SeqNum,
    TagNum,
    DayOfMonth,
    Float,
    Qty,
    Price,
    PriceOffset,
    Amt,
    Percentage,
    Char,
    Boolean,
    MultipleValueString,
    Currency,
    Exchange,
    Country,
    UtcTimestamp,
    UtcTimeOnly,
    UtcDateOnly,
    LocalMktDate,
    MonthYear,
    Data,
}
