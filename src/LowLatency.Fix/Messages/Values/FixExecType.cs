namespace LowLatency.Fix.Messages.Values;

/// <summary>ExecType (150) values of FIX 4.4 (Trade replaces the old Fill/PartialFill).</summary>
public static class FixExecType
{
    public const char New = '0';
    public const char DoneForDay = '3';
    public const char Canceled = '4';
    public const char Replaced = '5';
    public const char PendingCancel = '6';
    public const char Stopped = '7';
    public const char Rejected = '8';
    public const char Suspended = '9';
    public const char PendingNew = 'A';
    public const char Calculated = 'B';
    public const char Expired = 'C';
    public const char Restated = 'D';
    public const char PendingReplace = 'E';
    public const char Trade = 'F';
    public const char TradeCorrect = 'G';
    public const char TradeCancel = 'H';
    public const char OrderStatus = 'I';
}
