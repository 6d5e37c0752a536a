namespace LowLatency.Fix.Messages.Values;

/// <summary>SubscriptionRequestType (263) values.</summary>
public static class FixSubscriptionRequestType
{
    public const char Snapshot = '0';
    public const char SnapshotPlusUpdates = '1';
    public const char DisablePreviousSnapshotPlusUpdateRequest = '2';
}
