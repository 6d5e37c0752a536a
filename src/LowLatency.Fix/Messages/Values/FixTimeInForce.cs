namespace LowLatency.Fix.Messages.Values;

/// <summary>TimeInForce (59) values.</summary>
public static class FixTimeInForce
{
    public const char Day = '0';
    public const char GoodTillCancel = '1';
    public const char AtTheOpening = '2';
    public const char ImmediateOrCancel = '3';
    public const char FillOrKill = '4';
    public const char GoodTillCrossing = '5';
    public const char GoodTillDate = '6';
    public const char AtTheClose = '7';
}
