namespace LowLatency.Rebalancing.Config;

/// <summary>
/// A portfolio configuration built in code that fails validation: lists every issue, each naming its section
/// and setting, so the engine refuses to start with a precise message (the file loader reports file:line instead).
/// </summary>
public sealed class RebalancingConfigException : Exception
{
    public RebalancingConfigException(IReadOnlyList<ConfigIssue> issues)
        : base(Format(issues))
    {
        Issues = issues;
    }

    /// <summary>Every issue found, in order.</summary>
    public IReadOnlyList<ConfigIssue> Issues { get; }

    private static string Format(IReadOnlyList<ConfigIssue> issues) =>
        issues.Count == 1 ? $"invalid portfolio configuration: {issues[0]}" : $"invalid portfolio configuration ({issues.Count} issues): " + string.Join("; ", issues);
}
