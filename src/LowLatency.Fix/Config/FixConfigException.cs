namespace LowLatency.Fix.Config;

/// <summary>
/// Bad configuration: the process refuses to start and the message names file, line and key
/// (<c>fix-config/engine.ini:14: HeartBtInt: 'abc' is not a positive integer</c>), so the operator
/// knows exactly what to fix.
/// </summary>
public sealed class FixConfigException : Exception
{
    public FixConfigException(string path, int line, string? key, string detail, Exception? inner = null)
        : base(Format(path, line, key, detail), inner)
    {
        FilePath = path;
        Line = line;
        Key = key;
        Detail = detail;
    }

    /// <summary>The settings file, as given to the loader.</summary>
    public string FilePath { get; }

    /// <summary>1-based line, or 0 when the problem concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>The key concerned, or null for a syntax or section-level problem.</summary>
    public string? Key { get; }

    /// <summary>The message without the location prefix.</summary>
    public string Detail { get; }

    private static string Format(string path, int line, string? key, string detail)
    {
        string location = line > 0 ? $"{path}:{line}" : path;
        return key is null ? $"{location}: {detail}" : $"{location}: {key}: {detail}";
    }
}
