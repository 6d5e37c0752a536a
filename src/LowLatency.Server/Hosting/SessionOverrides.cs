using LowLatency.Fix.Config.Sessions;

namespace LowLatency.Server.Hosting;

/// <summary>
/// Per-run changes to the configured FIX sessions (the settings type is immutable): the venue's actual port (tests
/// and the demo bind ephemeral ports), store and log directories (a temp or state directory), a shorter reconnect
/// interval. Everything else is copied as configured.
/// </summary>
internal static class SessionOverrides
{
    public static FixSessionSettings With(FixSessionSettings s, int? port, string? storePath, string? logPath, TimeSpan? reconnectInterval) => s with
    {
        SocketConnectPort = port ?? s.SocketConnectPort,
        ReconnectInterval = reconnectInterval ?? s.ReconnectInterval,
        FileStorePath = storePath ?? s.FileStorePath,
        FileLogPath = logPath ?? s.FileLogPath,
    };
}
