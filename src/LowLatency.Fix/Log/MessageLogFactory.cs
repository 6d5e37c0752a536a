using LowLatency.Core.Time;
using LowLatency.Fix.Config.Sessions;

namespace LowLatency.Fix.Log;

/// <summary>The log a session's settings ask for: a <see cref="FileMessageLog"/> under FileLogPath, else <see cref="NullMessageLog"/>.</summary>
public static class MessageLogFactory
{
    public static IMessageLog Create(FixSessionSettings settings, IClock? clock = null)
    {
        FileMessageLogOptions? options = FileMessageLogOptions.For(settings);
        return options is null ? NullMessageLog.Instance : new FileMessageLog(options, clock);
    }
}
