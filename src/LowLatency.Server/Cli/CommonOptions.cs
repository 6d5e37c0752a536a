using LowLatency.Server.Config;

namespace LowLatency.Server.Cli;

/// <summary>The options several commands share, read and range-checked (a bad value is a <see cref="UsageException"/>).</summary>
internal static class CommonOptions
{
    public static TimeSpan? Duration(CliArguments a) =>
        a.Get("--duration") is not { } text ? null
        : CliValues.TryDuration(text, out TimeSpan d) ? d
        : throw new UsageException($"--duration '{text}' is not a duration (e.g. 30s, 500ms, 2m)");

    public static int? MetricsPort(CliArguments a) =>
        a.Get("--metrics-port") is not { } text ? null
        : CliValues.TryInt(text, 0, 65535, out int p) ? p
        : throw new UsageException($"--metrics-port '{text}' is not a port (0-65535)");

    public static WaitStrategyKind? WaitStrategy(CliArguments a) =>
        a.Get("--wait-strategy") is not { } text ? null
        : CliValues.TryEnum(text, out WaitStrategyKind w) ? w
        : throw new UsageException($"--wait-strategy '{text}' is not one of {string.Join("|", Enum.GetNames<WaitStrategyKind>())}");

    public static int Int(CliArguments a, string option, int defaultValue, int min, int max) =>
        a.Get(option) is not { } text ? defaultValue
        : CliValues.TryInt(text, min, max, out int v) ? v
        : throw new UsageException($"{option} '{text}' must be an integer in {min}..{max}");

    public static string Require(CliArguments a, string option) =>
        a.Get(option) ?? throw new UsageException($"'{a.Command}' needs {option} <path>");
}
