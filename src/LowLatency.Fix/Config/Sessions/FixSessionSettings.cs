using System.Net;
using LowLatency.Fix.Config.Schedule;
using LowLatency.Fix.Store;

namespace LowLatency.Fix.Config.Sessions;

/// <summary>
/// Everything one <c>[SESSION]</c> (with its inherited <c>[DEFAULT]</c>s) says, validated and typed:
/// the contract between the settings file and the session, store, log and transport layers.
/// Built by <see cref="FixSessionSettingsBinder"/>; immutable. A record so hosts derive per-run variants
/// (ephemeral ports, temp store folders) with <c>with</c> instead of copying every property by hand.
/// </summary>
/// <remarks>
/// Durations keep QuickFIX's units in the file (seconds, FsyncIntervalMs in milliseconds) and are exposed
/// as <see cref="TimeSpan"/>. Paths are kept as written; relative paths resolve against the process's
/// working directory, as in QuickFIX.
/// </remarks>
public sealed record FixSessionSettings
{
    /// <summary>QuickFIX default ReconnectInterval.</summary>
    public static readonly TimeSpan DefaultReconnectInterval = TimeSpan.FromSeconds(30);

    /// <summary>QuickFIX default LogonTimeout.</summary>
    public static readonly TimeSpan DefaultLogonTimeout = TimeSpan.FromSeconds(10);

    /// <summary>QuickFIX default LogoutTimeout.</summary>
    public static readonly TimeSpan DefaultLogoutTimeout = TimeSpan.FromSeconds(2);

    /// <summary>QuickFIX default MaxLatency.</summary>
    public static readonly TimeSpan DefaultMaxLatency = TimeSpan.FromSeconds(120);

    /// <summary>Default fsync period under <see cref="FsyncPolicy.Interval"/>.</summary>
    public static readonly TimeSpan DefaultFsyncInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Default message-log queue size (1 MiB).</summary>
    public const int DefaultFileLogBufferSize = 1 << 20;

    /// <summary>Default HeartBtInt for acceptors, which normally take the counterparty's value from its Logon.</summary>
    public const int DefaultAcceptorHeartBtInt = 30;

    public required FixSessionId SessionId { get; init; }

    public required ConnectionType ConnectionType { get; init; }

    /// <summary>Initiator: host to connect to (name or address).</summary>
    public string? SocketConnectHost { get; init; }

    /// <summary>Initiator: port to connect to; 0 for acceptors.</summary>
    public int SocketConnectPort { get; init; }

    /// <summary>Acceptor: port to listen on (several sessions may share one); 0 for initiators.</summary>
    public int SocketAcceptPort { get; init; }

    /// <summary>Acceptor: local address to bind; null means every interface.</summary>
    public IPAddress? SocketAcceptAddress { get; init; }

    /// <summary>TCP_NODELAY (disable Nagle). QuickFIX default Y.</summary>
    public bool SocketNodelay { get; init; } = true;

    /// <summary>Initiator: wait between connection attempts.</summary>
    public TimeSpan ReconnectInterval { get; init; } = DefaultReconnectInterval;

    /// <summary>Heartbeat interval in seconds sent in our Logon (initiator); an acceptor uses the counterparty's.</summary>
    public int HeartBtInt { get; init; } = DefaultAcceptorHeartBtInt;

    /// <summary>How long to wait for the Logon answer before disconnecting.</summary>
    public TimeSpan LogonTimeout { get; init; } = DefaultLogonTimeout;

    /// <summary>How long to wait for the Logout answer before disconnecting.</summary>
    public TimeSpan LogoutTimeout { get; init; } = DefaultLogoutTimeout;

    /// <summary>When the session may be logged on, and when its sequence numbers reset.</summary>
    public SessionSchedule Schedule { get; init; } = SessionSchedule.Always;

    public bool ResetOnLogon { get; init; }

    public bool ResetOnLogout { get; init; }

    public bool ResetOnDisconnect { get; init; }

    /// <summary>Reload the store from disk before logging on (hot standby).</summary>
    public bool RefreshOnLogon { get; init; }

    /// <summary>Store sent messages for resend; if false, resends are answered with gap fills only.</summary>
    public bool PersistMessages { get; init; } = true;

    /// <summary>Send a ResendRequest again for a range already requested.</summary>
    public bool SendRedundantResendRequests { get; init; }

    /// <summary>Reject messages whose CompIDs do not match the session.</summary>
    public bool CheckCompID { get; init; } = true;

    /// <summary>Reject messages whose SendingTime is further than <see cref="MaxLatency"/> from our clock.</summary>
    public bool CheckLatency { get; init; } = true;

    public TimeSpan MaxLatency { get; init; } = DefaultMaxLatency;

    public bool ValidateUserDefinedFields { get; init; } = true;

    public bool ValidateFieldsOutOfOrder { get; init; } = true;

    /// <summary>Directory of the file message store; null means an in-memory store (nothing survives a restart).</summary>
    public string? FileStorePath { get; init; }

    /// <summary>Directory of the message and event logs; null means no log.</summary>
    public string? FileLogPath { get; init; }

    public FsyncPolicy FsyncPolicy { get; init; } = FsyncPolicy.None;

    /// <summary>fsync period under <see cref="FsyncPolicy.Interval"/>.</summary>
    public TimeSpan FsyncInterval { get; init; } = DefaultFsyncInterval;

    /// <summary>Bytes of the message log's queue between the FIX threads and the log writer thread.</summary>
    public int FileLogBufferSize { get; init; } = DefaultFileLogBufferSize;

    /// <summary>The settings file this session came from.</summary>
    public string SourcePath { get; init; } = string.Empty;

    /// <summary>Line of this session's <c>[SESSION]</c> header.</summary>
    public int SourceLine { get; init; }

    public override string ToString() => $"{SessionId} ({ConnectionType}, {SourcePath}:{SourceLine})";
}
