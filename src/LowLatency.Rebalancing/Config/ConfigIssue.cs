namespace LowLatency.Rebalancing.Config;

/// <summary>
/// One refused setting: the section it belongs to (the policy file's section name), which occurrence of that
/// section (0-based, for repeated sections such as <c>[DELTA]</c>; −1 for single sections), the setting (the
/// file's key, equal to the property name) and why. The file loader maps it back to file, line and key.
/// </summary>
public readonly record struct ConfigIssue(string Section, int Index, string Setting, string Message)
{
    public override string ToString() =>
        Index >= 0 ? $"[{Section} #{Index + 1}] {Setting}: {Message}" : $"[{Section}] {Setting}: {Message}";
}
