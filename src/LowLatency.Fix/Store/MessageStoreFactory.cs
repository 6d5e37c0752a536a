using LowLatency.Core.Time;
using LowLatency.Fix.Config.Sessions;

namespace LowLatency.Fix.Store;

/// <summary>The store a session's settings ask for: a <see cref="FileMessageStore"/> under FileStorePath, else memory.</summary>
public static class MessageStoreFactory
{
    /// <exception cref="FixStoreException">The file store cannot be opened (corrupt control file, in use).</exception>
    public static IMessageStore Create(FixSessionSettings settings, IClock? clock = null)
    {
        FileMessageStoreOptions? options = FileMessageStoreOptions.For(settings);
        return options is null ? new MemoryMessageStore(clock) : new FileMessageStore(options, clock);
    }
}
