namespace LowLatency.Fix.Messages.Values;

/// <summary>MDEntryType (269) values.</summary>
public static class FixMDEntryType
{
    public const char Bid = '0';
    public const char Offer = '1';
    public const char Trade = '2';
    public const char IndexValue = '3';
    public const char OpeningPrice = '4';
    public const char ClosingPrice = '5';
    public const char SettlementPrice = '6';
    public const char TradingSessionHighPrice = '7';
    public const char TradingSessionLowPrice = '8';
    public const char TradingSessionVwapPrice = '9';
    public const char Imbalance = 'A';
    public const char TradeVolume = 'B';
    public const char OpenInterest = 'C';
}
