using LowLatency.Fix.Config.Sessions;

namespace LowLatency.Fix.Store;

/// <summary>Where a <see cref="FileMessageStore"/> keeps its files and how hard it pushes them to disk.</summary>
/// <param name="Directory">Folder of the store files (FileStorePath); created if missing.</param>
/// <param name="FilePrefix">File-name stem, normally <see cref="FixSessionId.FilePrefix"/>.</param>
public sealed record FileMessageStoreOptions(string Directory, string FilePrefix)
{
    public FsyncPolicy FsyncPolicy { get; init; } = FsyncPolicy.None;

    /// <summary>Period of the background fsync under <see cref="FsyncPolicy.Interval"/>.</summary>
    public TimeSpan FsyncInterval { get; init; } = FixSessionSettings.DefaultFsyncInterval;

    /// <summary>The options a session's settings ask for; null when it has no FileStorePath.</summary>
    public static FileMessageStoreOptions? For(FixSessionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.FileStorePath is null
            ? null
            : new FileMessageStoreOptions(settings.FileStorePath, settings.SessionId.FilePrefix)
            {
                FsyncPolicy = settings.FsyncPolicy,
                FsyncInterval = settings.FsyncInterval,
            };
    }
}
