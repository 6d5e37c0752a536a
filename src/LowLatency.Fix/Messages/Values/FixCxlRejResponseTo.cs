namespace LowLatency.Fix.Messages.Values;

/// <summary>CxlRejResponseTo (434) values.</summary>
public static class FixCxlRejResponseTo
{
    public const char OrderCancelRequest = '1';
    public const char OrderCancelReplaceRequest = '2';
}
