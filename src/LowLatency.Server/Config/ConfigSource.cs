namespace LowLatency.Server.Config;

/// <summary>
/// The text of one configuration file and the name errors use for it (a path, or <c>embedded:…</c> for the
/// defaults compiled into the server), so every loader reports "file:line: key" the same way.
/// </summary>
public sealed record ConfigSource(string Text, string Name)
{
    /// <summary>Reads a file; a missing or unreadable file is a <see cref="Fix.Config.FixConfigException"/> naming it.</summary>
    public static ConfigSource FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            return new ConfigSource(File.ReadAllText(path), path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new Fix.Config.FixConfigException(path, 0, null, $"cannot read the file: {ex.Message}", ex);
        }
    }
}
