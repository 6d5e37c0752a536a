namespace LowLatency.Fix.Messages.Values;

/// <summary>Side (54) values used by the engine (FIX 4.4 defines more; the dictionary accepts all of them).</summary>
public static class FixSide
{
    public const char Buy = '1';
    public const char Sell = '2';
    public const char BuyMinus = '3';
    public const char SellPlus = '4';
    public const char SellShort = '5';
    public const char SellShortExempt = '6';
}
