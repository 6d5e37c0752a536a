using LowLatency.Core.Time;
using LowLatency.Fix.Codec.Framing;
using LowLatency.Fix.Log;

namespace LowLatency.Fix.Engine;

/// <summary>
/// Engine-wide knobs that are not per-session FIX settings (those come from the settings file): clock, timer
/// period, buffer sizes, reconnect cap. Defaults suit production; tests pass a FakeClock and a short timer.
/// </summary>
public sealed record FixEngineOptions
{
    public static FixEngineOptions Default { get; } = new();

    /// <summary>Time for every session (SendingTime, timers, schedule, store creation); UTC epoch nanoseconds are used.</summary>
    public IClock Clock { get; init; } = new SystemClock();

    /// <summary>How often the timer thread polls sessions (heartbeats, timeouts, schedule, reconnects, pending flushes).</summary>
    public TimeSpan TimerInterval { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Bytes of each session's send buffer; an application message larger than this cannot be sent.</summary>
    public int OutboundBufferSize { get; init; } = 256 * 1024;

    /// <summary>Cap the send buffer may grow to for resends and session replies; beyond it the peer is disconnected.</summary>
    public int MaxOutboundBufferSize { get; init; } = 64 * 1024 * 1024;

    /// <summary>Largest message accepted from a counterparty (larger BodyLength: garbled).</summary>
    public int MaxMessageLength { get; init; } = FixFramer.DefaultMaxMessageLength;

    /// <summary>Cap of the initiator's reconnect backoff (the first wait is the session's ReconnectInterval).</summary>
    public TimeSpan MaxReconnectInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>An initiator's TCP connect gives up after this.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>After our FIN, how long a closing connection waits for the peer's (so our last message is not reset away).</summary>
    public TimeSpan Linger { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>False: no listening and no connecting; sessions are only reached with <c>ConnectInProcess</c>.</summary>
    public bool UseSockets { get; init; } = true;

    public int ListenBacklog { get; init; } = 64;

    /// <summary>
    /// Empty non-blocking reads a connection's reader thread makes before it parks in poll(2). 0 (default) parks at
    /// once, right for shared machines; on a dedicated core a large value keeps the reader hot, so neither the
    /// sender's send(2) nor the arrival of data has to wake a sleeping thread (microseconds on a VM).
    /// </summary>
    public int ReceiveSpinCount { get; init; }

    /// <summary>Where each session's messages and events go; null: <see cref="MessageLogFactory"/> (files under FileLogPath, or none).</summary>
    public Func<Config.Sessions.FixSessionSettings, IMessageLog>? SessionLogFactory { get; init; }

    /// <summary>
    /// Where engine-level events go (listeners, refused connections, unknown CompIDs). Null: a file log
    /// <c>FIXENGINE</c> in the first session's FileLogPath, or none when no session logs to files.
    /// </summary>
    public IMessageLog? EngineLog { get; init; }
}
