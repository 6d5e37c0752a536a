namespace LowLatency.Fix.Config.Ini;

/// <summary>
/// A parsed INI file (the QuickFIX settings format): sections in file order, each with its entries and
/// their line numbers. Syntax only; meaning is given by binders (<see cref="Binding.ConfigBinder"/>).
/// </summary>
/// <remarks>
/// Rules: lines are trimmed; blank lines and lines starting with <c>#</c> or <c>;</c> are comments;
/// <c>[NAME]</c> opens a section; <c>Key=Value</c> splits at the first <c>=</c>. There are no inline
/// comments (QuickFIX has none, and values such as passwords may contain <c>#</c>): a trailing comment
/// becomes part of the value and is then reported as a bad value. A key outside any section, a line
/// that is neither, an empty key or a duplicate key within a section is a <see cref="FixConfigException"/>.
/// </remarks>
public sealed class IniDocument
{
    private readonly List<IniSection> _sections;

    private IniDocument(string path, List<IniSection> sections)
    {
        Path = path;
        _sections = sections;
    }

    /// <summary>The path used in error messages.</summary>
    public string Path { get; }

    /// <summary>Sections in file order.</summary>
    public IReadOnlyList<IniSection> Sections => _sections;

    /// <summary>Reads and parses a file; I/O failures become a <see cref="FixConfigException"/> naming the file.</summary>
    public static IniDocument Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FixConfigException(path, 0, null, "cannot read settings file: " + ex.Message, ex);
        }

        return Parse(text, path);
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="path"/> names the source in error messages.</summary>
    public static IniDocument Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var sections = new List<IniSection>();
        IniSection? current = null;
        int lineNumber = 0;
        int position = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            position = 1; // a UTF-8 BOM survives File.ReadAllText only when the caller passes raw text
        }

        while (position <= text.Length)
        {
            int newline = text.IndexOf('\n', position);
            int end = newline < 0 ? text.Length : newline;
            ReadOnlySpan<char> line = text.AsSpan(position, end - position).Trim();
            lineNumber++;
            position = end + 1;

            if (line.IsEmpty || line[0] == '#' || line[0] == ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                current = ParseSectionHeader(line, path, lineNumber);
                sections.Add(current);
                continue;
            }

            int equals = line.IndexOf('=');
            if (equals < 0)
            {
                throw new FixConfigException(path, lineNumber, null, $"expected Key=Value or [SECTION], found '{line}'");
            }

            string key = line[..equals].TrimEnd().ToString();
            if (key.Length == 0)
            {
                throw new FixConfigException(path, lineNumber, null, $"empty key before '=' in '{line}'");
            }

            if (current is null)
            {
                throw new FixConfigException(path, lineNumber, key, "setting outside any [SECTION]");
            }

            current.Add(new IniEntry(key, line[(equals + 1)..].TrimStart().ToString(), path, lineNumber));
        }

        return new IniDocument(path, sections);
    }

    private static IniSection ParseSectionHeader(ReadOnlySpan<char> line, string path, int lineNumber)
    {
        int close = line.IndexOf(']');
        if (close < 0 || close != line.Length - 1)
        {
            throw new FixConfigException(path, lineNumber, null, $"malformed section header '{line}' (expected [NAME])");
        }

        ReadOnlySpan<char> name = line[1..close].Trim();
        if (name.IsEmpty)
        {
            throw new FixConfigException(path, lineNumber, null, "empty section name '[]'");
        }

        return new IniSection(name.ToString(), path, lineNumber);
    }
}
