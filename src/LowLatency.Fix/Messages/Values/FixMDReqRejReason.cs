namespace LowLatency.Fix.Messages.Values;

/// <summary>MDReqRejReason (281) values.</summary>
public static class FixMDReqRejReason
{
    public const char UnknownSymbol = '0';
    public const char DuplicateMdReqId = '1';
    public const char InsufficientBandwidth = '2';
    public const char InsufficientPermissions = '3';
    public const char UnsupportedSubscriptionRequestType = '4';
    public const char UnsupportedMarketDepth = '5';
    public const char UnsupportedMdUpdateType = '6';
    public const char UnsupportedAggregatedBook = '7';
    public const char UnsupportedMdEntryType = '8';
}
