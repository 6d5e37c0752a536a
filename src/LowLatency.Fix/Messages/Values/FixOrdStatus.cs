namespace LowLatency.Fix.Messages.Values;

/// <summary>OrdStatus (39) values.</summary>
public static class FixOrdStatus
{
    public const char New = '0';
    public const char PartiallyFilled = '1';
    public const char Filled = '2';
    public const char DoneForDay = '3';
    public const char Canceled = '4';
    public const char PendingCancel = '6';
    public const char Stopped = '7';
    public const char Rejected = '8';
    public const char Suspended = '9';
    public const char PendingNew = 'A';
    public const char Calculated = 'B';
    public const char Expired = 'C';
    public const char AcceptedForBidding = 'D';
    public const char PendingReplace = 'E';
}
