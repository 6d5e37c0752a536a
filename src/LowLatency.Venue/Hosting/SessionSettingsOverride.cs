using LowLatency.Fix.Config.Sessions;

namespace LowLatency.Venue.Hosting;

/// <summary>
/// A copy of a venue session's settings with the host's overrides applied (port, store and log folders): a <c>with</c>
/// copy of the immutable settings record (a test checks every other property is kept).
/// </summary>
internal static class SessionSettingsOverride
{
    /// <param name="settings">The session as configured.</param>
    /// <param name="port">Listen port to use instead (0: an ephemeral port), or null to keep it.</param>
    /// <param name="storePath">FileStorePath to use instead, or null to keep it.</param>
    /// <param name="logPath">FileLogPath to use instead, or null to keep it.</param>
    /// <param name="inMemory">No files at all: memory store, no message log.</param>
    public static FixSessionSettings Apply(FixSessionSettings settings, int? port, string? storePath, string? logPath, bool inMemory) => settings with
    {
        SocketAcceptPort = port ?? settings.SocketAcceptPort,
        FileStorePath = inMemory ? null : storePath ?? settings.FileStorePath,
        FileLogPath = inMemory ? null : logPath ?? settings.FileLogPath,
    };
}
