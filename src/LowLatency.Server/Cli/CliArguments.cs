namespace LowLatency.Server.Cli;

/// <summary>
/// A parsed command line: the command (<c>demo</c> when none is given) and its <c>--option value</c> pairs, checked
/// against the options that command knows. Parsing never throws: a problem is <see cref="Error"/> (printed with the
/// usage, exit code 2).
/// </summary>
public sealed class CliArguments
{
    /// <summary>Options each command accepts; flags take no value.</summary>
    private static readonly Dictionary<string, (string[] Options, string[] Flags)> Known = new(StringComparer.Ordinal)
    {
        ["demo"] = (["--duration", "--seed", "--metrics-port", "--wait-strategy", "--data"], ["--no-dashboard", "--record-inbound"]),
        ["engine"] = (["--fix", "--portfolio", "--journal", "--duration", "--metrics-port", "--wait-strategy"], ["--no-dashboard", "--record-inbound"]),
        ["venue"] = (["--config", "--duration", "--seed"], []),
        ["backtest"] = (["--portfolio", "--days", "--seed", "--steps-per-day"], []),
        ["replay"] = (["--journal", "--fix", "--portfolio"], ["--decisions"]),
        ["check-config"] = (["--fix", "--portfolio", "--venues"], []),
        ["help"] = ([], []),
    };

    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private CliArguments(string command) => Command = command;

    public string Command { get; }

    /// <summary>Why the command line was refused; null when it parsed.</summary>
    public string? Error { get; private set; }

    public IReadOnlyDictionary<string, string> Options => _options;

    public static IReadOnlyCollection<string> Commands => Known.Keys;

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int i = 0;
        string command = "demo";
        if (args.Count > 0 && !args[0].StartsWith('-'))
        {
            command = args[0];
            i = 1;
        }
        else if (args.Count > 0 && args[0] is "-h" or "--help")
        {
            return new CliArguments("help");
        }

        var parsed = new CliArguments(command);
        if (!Known.TryGetValue(command, out var known))
        {
            parsed.Error = $"unknown command '{command}'";
            return parsed;
        }

        for (; i < args.Count; i++)
        {
            string a = args[i];
            if (a is "-h" or "--help")
            {
                return new CliArguments("help");
            }

            if (Array.IndexOf(known.Flags, a) >= 0)
            {
                parsed._options[a] = "true";
            }
            else if (Array.IndexOf(known.Options, a) >= 0)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    parsed.Error = $"option {a} needs a value";
                    return parsed;
                }

                parsed._options[a] = args[++i];
            }
            else
            {
                parsed.Error = a.StartsWith('-') ? $"unknown option '{a}' for '{command}'" : $"unexpected argument '{a}'";
                return parsed;
            }
        }

        return parsed;
    }

    public bool Has(string option) => _options.ContainsKey(option);

    public string? Get(string option) => _options.GetValueOrDefault(option);
}
