using LowLatency.Fix.Config.Ini;

namespace LowLatency.Fix.Config.Binding;

/// <summary>
/// Binds one <see cref="IniDocument"/> to typed settings, shared by every component that owns sections
/// of the file (FIX sessions, and later the simulated venue's own sections), so all report errors the
/// same way. Each component claims its sections (<see cref="Sections"/>) and reads them through a
/// <see cref="SectionReader"/>, which records every key it consumed; <see cref="Complete"/> then rejects
/// any section nobody claimed and any key nobody read, naming file and line.
/// </summary>
/// <remarks>Configuration is a start-up path: clarity over speed, allocations are fine.</remarks>
public sealed class ConfigBinder
{
    private readonly HashSet<IniSection> _claimed = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IniEntry> _consumed = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IniSection, HashSet<string>> _knownKeys = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _claimedNames = new();

    public ConfigBinder(IniDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
    }

    /// <summary>The document being bound.</summary>
    public IniDocument Document { get; }

    /// <summary>Claims and returns every section called <paramref name="name"/> (ignoring case), in file order.</summary>
    public IReadOnlyList<IniSection> Sections(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        RememberClaimedName(name);
        var result = new List<IniSection>();
        foreach (IniSection section in Document.Sections)
        {
            if (section.IsNamed(name))
            {
                _claimed.Add(section);
                result.Add(section);
            }
        }

        return result;
    }

    /// <summary>Claims the section called <paramref name="name"/>; null if absent, an error if repeated.</summary>
    public IniSection? SingleSection(string name)
    {
        IReadOnlyList<IniSection> sections = Sections(name);
        if (sections.Count > 1)
        {
            IniSection second = sections[1];
            throw new FixConfigException(
                second.Path, second.Line, null, $"[{second.Name}] may appear only once (first at line {sections[0].Line})");
        }

        return sections.Count == 0 ? null : sections[0];
    }

    /// <summary>
    /// A reader over <paramref name="section"/> whose missing keys fall back to <paramref name="defaults"/>
    /// (QuickFIX's <c>[DEFAULT]</c> inheritance). The section is claimed.
    /// </summary>
    public SectionReader Read(IniSection section, IniSection? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        _claimed.Add(section);
        if (defaults is not null)
        {
            _claimed.Add(defaults);
        }

        return new SectionReader(this, section, defaults);
    }

    /// <summary>
    /// Fails on the first problem in file order: a section no component claimed, or a key no reader
    /// consumed (with a "did you mean" when a known key is close).
    /// </summary>
    public void Complete() => Check(claimedOnly: false);

    /// <summary>
    /// Like <see cref="Complete"/> for the sections claimed so far only: a component checks its own part of a file
    /// whose other sections belong to loaders that run elsewhere (which reject what they do not know).
    /// </summary>
    public void CompleteClaimed() => Check(claimedOnly: true);

    private void Check(bool claimedOnly)
    {
        foreach (IniSection section in Document.Sections)
        {
            if (!_claimed.Contains(section))
            {
                if (claimedOnly)
                {
                    continue;
                }

                string expected = _claimedNames.Count == 0 ? "none" : string.Join(", ", _claimedNames);
                throw new FixConfigException(
                    section.Path, section.Line, null, $"unknown section [{section.Name}] (known sections: {expected})");
            }

            foreach (IniEntry entry in section.Entries)
            {
                if (!_consumed.Contains(entry))
                {
                    string hint = Suggest(section, entry.Key);
                    throw new FixConfigException(
                        entry.Path, entry.Line, entry.Key, $"unknown key in [{section.Name}]{hint}");
                }
            }
        }
    }

    internal void MarkConsumed(IniSection section, string key, IniEntry? entry)
    {
        if (!_knownKeys.TryGetValue(section, out HashSet<string>? keys))
        {
            keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            _knownKeys.Add(section, keys);
        }

        keys.Add(key);
        if (entry is not null)
        {
            _consumed.Add(entry);
        }
    }

    private void RememberClaimedName(string name)
    {
        foreach (string known in _claimedNames)
        {
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        _claimedNames.Add(name);
    }

    private string Suggest(IniSection section, string key)
    {
        if (!_knownKeys.TryGetValue(section, out HashSet<string>? keys))
        {
            return string.Empty;
        }

        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in keys)
        {
            int distance = EditDistance.Between(key, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Two edits catch typos and transpositions without proposing unrelated keys for short ones.
        return best is not null && bestDistance <= Math.Max(1, Math.Min(2, key.Length / 4)) ? $"; did you mean {best}?" : string.Empty;
    }
}
