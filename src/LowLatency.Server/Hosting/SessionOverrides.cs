using LowLatency.Fix.Config.Sessions;

namespace LowLatency.Server.Hosting;

/// <summary>
/// Per-run changes to the configured FIX sessions (the settings type is immutable): the venue's actual port (tests
/// and the demo bind ephemeral ports), store and log directories (a temp or state directory), a shorter reconnect
/// interval. Everything else is copied as configured.
/// </summary>
internal static class SessionOverrides
{
    public static FixSessionSettings With(FixSessionSettings s, int? port, string? storePath, string? logPath, TimeSpan? reconnectInterval) => new()
    {
        SessionId = s.SessionId,
        ConnectionType = s.ConnectionType,
        SocketConnectHost = s.SocketConnectHost,
        SocketConnectPort = port ?? s.SocketConnectPort,
        SocketAcceptPort = s.SocketAcceptPort,
        SocketAcceptAddress = s.SocketAcceptAddress,
        SocketNodelay = s.SocketNodelay,
        ReconnectInterval = reconnectInterval ?? s.ReconnectInterval,
        HeartBtInt = s.HeartBtInt,
        LogonTimeout = s.LogonTimeout,
        LogoutTimeout = s.LogoutTimeout,
        Schedule = s.Schedule,
        ResetOnLogon = s.ResetOnLogon,
        ResetOnLogout = s.ResetOnLogout,
        ResetOnDisconnect = s.ResetOnDisconnect,
        RefreshOnLogon = s.RefreshOnLogon,
        PersistMessages = s.PersistMessages,
        SendRedundantResendRequests = s.SendRedundantResendRequests,
        CheckCompID = s.CheckCompID,
        CheckLatency = s.CheckLatency,
        MaxLatency = s.MaxLatency,
        ValidateUserDefinedFields = s.ValidateUserDefinedFields,
        ValidateFieldsOutOfOrder = s.ValidateFieldsOutOfOrder,
        FileStorePath = storePath ?? s.FileStorePath,
        FileLogPath = logPath ?? s.FileLogPath,
        FsyncPolicy = s.FsyncPolicy,
        FsyncInterval = s.FsyncInterval,
        FileLogBufferSize = s.FileLogBufferSize,
        SourcePath = s.SourcePath,
        SourceLine = s.SourceLine,
    };
}
