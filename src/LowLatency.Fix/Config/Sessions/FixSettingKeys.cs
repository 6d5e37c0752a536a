namespace LowLatency.Fix.Config.Sessions;

/// <summary>
/// The setting names a FIX session reads: QuickFIX's spelling (so a FIX user recognises them), plus
/// our own store and log tuning keys at the end. Lookups ignore case, as QuickFIX does.
/// </summary>
public static class FixSettingKeys
{
    public const string ConnectionType = "ConnectionType";
    public const string BeginString = "BeginString";
    public const string SenderCompID = "SenderCompID";
    public const string SenderSubID = "SenderSubID";
    public const string TargetCompID = "TargetCompID";
    public const string TargetSubID = "TargetSubID";
    public const string SessionQualifier = "SessionQualifier";

    public const string SocketConnectHost = "SocketConnectHost";
    public const string SocketConnectPort = "SocketConnectPort";
    public const string SocketAcceptPort = "SocketAcceptPort";
    public const string SocketAcceptAddress = "SocketAcceptAddress";
    public const string SocketNodelay = "SocketNodelay";
    public const string ReconnectInterval = "ReconnectInterval";

    public const string HeartBtInt = "HeartBtInt";
    public const string LogonTimeout = "LogonTimeout";
    public const string LogoutTimeout = "LogoutTimeout";

    public const string StartTime = "StartTime";
    public const string EndTime = "EndTime";
    public const string StartDay = "StartDay";
    public const string EndDay = "EndDay";
    public const string TimeZone = "TimeZone";
    public const string NonStopSession = "NonStopSession";

    public const string ResetOnLogon = "ResetOnLogon";
    public const string ResetOnLogout = "ResetOnLogout";
    public const string ResetOnDisconnect = "ResetOnDisconnect";
    public const string RefreshOnLogon = "RefreshOnLogon";
    public const string PersistMessages = "PersistMessages";
    public const string SendRedundantResendRequests = "SendRedundantResendRequests";
    public const string CheckCompID = "CheckCompID";
    public const string CheckLatency = "CheckLatency";
    public const string MaxLatency = "MaxLatency";
    public const string ValidateUserDefinedFields = "ValidateUserDefinedFields";
    public const string ValidateFieldsOutOfOrder = "ValidateFieldsOutOfOrder";

    public const string FileStorePath = "FileStorePath";
    public const string FileLogPath = "FileLogPath";

    /// <summary>Ours: None | EveryMessage | Interval (see <see cref="Store.FsyncPolicy"/>).</summary>
    public const string FsyncPolicy = "FsyncPolicy";

    /// <summary>Ours: the fsync period in milliseconds when FsyncPolicy=Interval.</summary>
    public const string FsyncIntervalMs = "FsyncIntervalMs";

    /// <summary>Ours: bytes of the message log's in-memory queue; a full queue drops and counts.</summary>
    public const string FileLogBufferSize = "FileLogBufferSize";
}
