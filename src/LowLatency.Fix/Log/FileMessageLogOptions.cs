using LowLatency.Fix.Config.Sessions;

namespace LowLatency.Fix.Log;

/// <summary>Where a <see cref="FileMessageLog"/> writes and how much it may queue.</summary>
/// <param name="Directory">Folder of the log files (FileLogPath); created if missing.</param>
/// <param name="FilePrefix">File-name stem, normally <see cref="FixSessionId.FilePrefix"/>.</param>
public sealed record FileMessageLogOptions(string Directory, string FilePrefix)
{
    /// <summary>Bytes of the in-memory queue (rounded up to a power of two); a full queue drops and counts.</summary>
    public int BufferSize { get; init; } = FixSessionSettings.DefaultFileLogBufferSize;

    /// <summary>The options a session's settings ask for; null when it has no FileLogPath.</summary>
    public static FileMessageLogOptions? For(FixSessionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.FileLogPath is null
            ? null
            : new FileMessageLogOptions(settings.FileLogPath, settings.SessionId.FilePrefix) { BufferSize = settings.FileLogBufferSize };
    }
}
