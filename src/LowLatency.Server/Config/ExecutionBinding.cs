using System.Text.RegularExpressions;
using LowLatency.Execution.Config;
using LowLatency.Fix.Config;
using LowLatency.Fix.Config.Binding;

namespace LowLatency.Server.Config;

/// <summary>
/// The bound execution configuration and where each part came from, so the execution configuration's own
/// validation messages ("Risk.MaxOpenOrders must …", "Instruments[BTC].MaxPosition …") are reported at the line
/// that holds the value.
/// </summary>
internal sealed partial class ExecutionBinding(
    ExecutionConfig config, IReadOnlyList<VenueLink> links, Dictionary<string, SectionReader> located, string path)
{
    public ExecutionConfig Config { get; } = config;

    public IReadOnlyList<VenueLink> Links { get; } = links;

    /// <summary>Throws the first problem the execution configuration finds, at its file line.</summary>
    public void Validate(ConfigBinder binder)
    {
        IReadOnlyList<string> errors = Config.FindErrors();
        if (errors.Count == 0)
        {
            return;
        }

        string first = errors[0];
        string more = errors.Count > 1 ? $" (and {errors.Count - 1} more: {string.Join("; ", errors.Skip(1))})" : "";
        Match m = Location().Match(first);
        if (m.Success && located.TryGetValue(m.Groups["owner"].Value, out SectionReader? reader))
        {
            string key = IniKey(m.Groups["key"].Value);
            throw reader.Error(key, first + more);
        }

        throw new FixConfigException(path, 0, null, first + more);
    }

    /// <summary>The execution types' property names that the file spells differently (durations with units).</summary>
    private static string IniKey(string property) => property switch
    {
        "RejectWindowNs" => "RejectWindow",
        "DuplicateWindowNs" => "DuplicateWindow",
        "AckTimeoutNs" => "AckTimeout",
        "StaleAfterNs" => "StaleAfter",
        "Venue" => "Id",
        _ => property,
    };

    [GeneratedRegex(@"^(?<owner>Risk|Orders|Routing|Instruments\[[^\]]*\]|Venues\[[^\]]*\])\.(?<key>\w+)")]
    private static partial Regex Location();
}
