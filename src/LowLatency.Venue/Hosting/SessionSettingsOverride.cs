using LowLatency.Fix.Config.Sessions;

namespace LowLatency.Venue.Hosting;

/// <summary>
/// A copy of a venue session's settings with the host's overrides applied (port, store and log folders): the FIX
/// settings type is immutable and not a record, so every property is copied by hand (a test checks none is missed).
/// </summary>
internal static class SessionSettingsOverride
{
    /// <param name="settings">The session as configured.</param>
    /// <param name="port">Listen port to use instead (0: an ephemeral port), or null to keep it.</param>
    /// <param name="storePath">FileStorePath to use instead, or null to keep it.</param>
    /// <param name="logPath">FileLogPath to use instead, or null to keep it.</param>
    /// <param name="inMemory">No files at all: memory store, no message log.</param>
    public static FixSessionSettings Apply(FixSessionSettings settings, int? port, string? storePath, string? logPath, bool inMemory) => new()
    {
        SessionId = settings.SessionId,
        ConnectionType = settings.ConnectionType,
        SocketConnectHost = settings.SocketConnectHost,
        SocketConnectPort = settings.SocketConnectPort,
        SocketAcceptPort = port ?? settings.SocketAcceptPort,
        SocketAcceptAddress = settings.SocketAcceptAddress,
        SocketNodelay = settings.SocketNodelay,
        ReconnectInterval = settings.ReconnectInterval,
        HeartBtInt = settings.HeartBtInt,
        LogonTimeout = settings.LogonTimeout,
        LogoutTimeout = settings.LogoutTimeout,
        Schedule = settings.Schedule,
        ResetOnLogon = settings.ResetOnLogon,
        ResetOnLogout = settings.ResetOnLogout,
        ResetOnDisconnect = settings.ResetOnDisconnect,
        RefreshOnLogon = settings.RefreshOnLogon,
        PersistMessages = settings.PersistMessages,
        SendRedundantResendRequests = settings.SendRedundantResendRequests,
        CheckCompID = settings.CheckCompID,
        CheckLatency = settings.CheckLatency,
        MaxLatency = settings.MaxLatency,
        ValidateUserDefinedFields = settings.ValidateUserDefinedFields,
        ValidateFieldsOutOfOrder = settings.ValidateFieldsOutOfOrder,
        FileStorePath = inMemory ? null : storePath ?? settings.FileStorePath,
        FileLogPath = inMemory ? null : logPath ?? settings.FileLogPath,
        FsyncPolicy = settings.FsyncPolicy,
        FsyncInterval = settings.FsyncInterval,
        FileLogBufferSize = settings.FileLogBufferSize,
        SourcePath = settings.SourcePath,
        SourceLine = settings.SourceLine,
    };
}
