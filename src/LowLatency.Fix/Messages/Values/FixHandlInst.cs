namespace LowLatency.Fix.Messages.Values;

/// <summary>HandlInst (21) values.</summary>
public static class FixHandlInst
{
    public const char AutomatedPrivate = '1';
    public const char AutomatedPublic = '2';
    public const char Manual = '3';
}
