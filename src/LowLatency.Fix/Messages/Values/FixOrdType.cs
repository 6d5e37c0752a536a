namespace LowLatency.Fix.Messages.Values;

/// <summary>OrdType (40) values.</summary>
public static class FixOrdType
{
    public const char Market = '1';
    public const char Limit = '2';
    public const char Stop = '3';
    public const char StopLimit = '4';
    public const char Pegged = 'P';
}
