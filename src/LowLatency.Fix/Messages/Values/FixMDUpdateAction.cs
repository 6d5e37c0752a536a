namespace LowLatency.Fix.Messages.Values;

/// <summary>MDUpdateAction (279) values.</summary>
public static class FixMDUpdateAction
{
    public const char New = '0';
    public const char Change = '1';
    public const char Delete = '2';
}
