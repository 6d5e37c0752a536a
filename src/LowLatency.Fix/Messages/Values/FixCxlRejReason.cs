namespace LowLatency.Fix.Messages.Values;

/// <summary>CxlRejReason (102) values.</summary>
public static class FixCxlRejReason
{
    public const int TooLateToCancel = 0;
    public const int UnknownOrder = 1;
    public const int BrokerOption = 2;
    public const int AlreadyPendingCancelOrReplace = 3;
    public const int UnableToProcessOrderMassCancelRequest = 4;
    public const int OrigOrdModTimeMismatch = 5;
    public const int DuplicateClOrdId = 6;
    public const int Other = 99;
}
