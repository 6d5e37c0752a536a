namespace LowLatency.Fix.Config.Ini;

/// <summary>
/// One <c>Key=Value</c> line of an INI file, remembering where it came from so every configuration
/// error can name the file and line a user has to fix.
/// </summary>
public sealed class IniEntry
{
    internal IniEntry(string key, string value, string path, int line)
    {
        Key = key;
        Value = value;
        Path = path;
        Line = line;
    }

    /// <summary>The key as spelled in the file (lookups ignore case, as QuickFIX does).</summary>
    public string Key { get; }

    /// <summary>The value with surrounding whitespace trimmed; may be empty.</summary>
    public string Value { get; }

    /// <summary>The file path as given to the loader (used verbatim in error messages).</summary>
    public string Path { get; }

    /// <summary>1-based line number.</summary>
    public int Line { get; }

    public override string ToString() => $"{Path}:{Line}: {Key}={Value}";
}
