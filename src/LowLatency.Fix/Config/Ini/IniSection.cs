namespace LowLatency.Fix.Config.Ini;

/// <summary>
/// A <c>[NAME]</c> section and its entries in file order. Several sections may share a name
/// (QuickFIX files repeat <c>[SESSION]</c>); keys inside one section are unique, ignoring case.
/// </summary>
public sealed class IniSection
{
    private readonly List<IniEntry> _entries = new();
    private readonly Dictionary<string, IniEntry> _byKey = new(StringComparer.OrdinalIgnoreCase);

    internal IniSection(string name, string path, int line)
    {
        Name = name;
        Path = path;
        Line = line;
    }

    /// <summary>The name between the brackets, as spelled in the file.</summary>
    public string Name { get; }

    /// <summary>The file path as given to the loader.</summary>
    public string Path { get; }

    /// <summary>1-based line of the <c>[NAME]</c> header.</summary>
    public int Line { get; }

    /// <summary>Entries in file order.</summary>
    public IReadOnlyList<IniEntry> Entries => _entries;

    /// <summary>The entry for <paramref name="key"/> (case-insensitive), if present.</summary>
    public bool TryGet(string key, out IniEntry entry)
    {
        if (_byKey.TryGetValue(key, out IniEntry? found))
        {
            entry = found;
            return true;
        }

        entry = null!;
        return false;
    }

    /// <summary>True when the section's name is <paramref name="name"/>, ignoring case.</summary>
    public bool IsNamed(string name) => string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);

    internal void Add(IniEntry entry)
    {
        if (_byKey.TryGetValue(entry.Key, out IniEntry? first))
        {
            throw new FixConfigException(
                entry.Path, entry.Line, entry.Key, $"duplicate key in [{Name}] (first set at line {first.Line})");
        }

        _byKey.Add(entry.Key, entry);
        _entries.Add(entry);
    }

    public override string ToString() => $"{Path}:{Line}: [{Name}]";
}
