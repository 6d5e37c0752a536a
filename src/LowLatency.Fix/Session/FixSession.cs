using System.Text;
using LowLatency.Core.Time;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Log;
using LowLatency.Fix.Store;
using LowLatency.Fix.Transport;

namespace LowLatency.Fix.Session;

// Threading (who owns session state): every input to the state machine runs under _lock — the connection's
// reader thread (received messages), the engine's timer thread (Poll: heartbeats, timeouts, schedule) and the
// application's thread (TrySend, normally the outbound ring stage). A lock, not a hand-off to one session thread:
//  * the send path costs one uncontended Lock enter/exit (~20 ns) instead of a queue hop plus waking another
//    thread (microseconds when it is parked, a burned core when it spins);
//  * MsgSeqNum assignment, store and socket write are one atomic step, so messages reach the wire in MsgSeqNum
//    order by construction, and a resend is never interleaved with new messages;
//  * contention is rare (an order-entry session receives mostly ExecutionReports) and short: no holder ever
//    blocks on the network (sends are non-blocking into the OutboundBuffer; the store writes to the page cache).
// The lock is re-entrant, so an IFixApplication callback may send on its own session.

/// <summary>
/// One FIX session as the application sees it: send with <see cref="TrySend{TBody}"/> (zero allocation, any
/// thread), read its status and sequence numbers, log it out. Created by <c>FixEngine</c>; survives reconnects.
/// </summary>
public abstract class FixSession
{
    private readonly Lock _lock = new();
    private readonly OutboundBuffer _outbound;
    private readonly IClock _clock;
    private ITransportChannel? _channel;
    private object? _connection;
    private volatile FixSessionStatus _status;
    private int _logonCount;

    private protected FixSession(FixSessionSettings settings, int index, IMessageStore store, IMessageLog log,
        Messages.Validation.FixValidator validator, IClock clock, int outboundBufferSize, int maxOutboundBufferSize)
    {
        Settings = settings;
        Index = index;
        _clock = clock;
        _outbound = new OutboundBuffer(outboundBufferSize, maxOutboundBufferSize);
        Protocol = new SessionProtocol(settings, store, log, validator);
    }

    public FixSessionId Id => Settings.SessionId;

    public FixSessionSettings Settings { get; }

    /// <summary>0-based position in the engine's session list: index per-session arrays with it instead of a dictionary.</summary>
    public int Index { get; }

    /// <summary>The session's state (read without the lock: it may change right after).</summary>
    public FixSessionStatus Status => _status;

    public bool IsLoggedOn => _status == FixSessionStatus.LoggedOn;

    /// <summary>MsgSeqNum of the next message we send.</summary>
    public long NextSenderSeqNum
    {
        get
        {
            lock (_lock)
            {
                return Protocol.Store.NextSenderSeqNum;
            }
        }
    }

    /// <summary>MsgSeqNum we expect next from the counterparty.</summary>
    public long NextTargetSeqNum
    {
        get
        {
            lock (_lock)
            {
                return Protocol.Store.NextTargetSeqNum;
            }
        }
    }

    /// <summary>The heartbeat interval in force (seconds).</summary>
    public int HeartBtIntSeconds => Protocol.HeartBtIntSeconds;

    internal SessionProtocol Protocol { get; }

    internal IMessageLog Log => Protocol.Log;

    internal IMessageStore Store => Protocol.Store;

    internal IClock Clock => _clock;

    /// <summary>Logons so far (the initiator's backoff resets on a new one).</summary>
    internal int LogonCount => Volatile.Read(ref _logonCount);

    /// <summary>Set by the engine: called after a connection attaches or detaches (wakes its waits).</summary>
    internal Action? StatusChanged { get; set; }

    /// <summary>
    /// Sends an application message: header stamped with the next MsgSeqNum and SendingTime, encoded in place in
    /// the session's send buffer, stored for resend, and handed to the socket unless <paramref name="flush"/> is
    /// false (batching: send many, then <see cref="Flush"/> or a last send with flush, once per batch).
    /// Zero allocation; callable from any thread; back-pressure and "not logged on" come back as results.
    /// </summary>
    public FixSendResult TrySend<TBody>(scoped in TBody body, bool flush = true)
        where TBody : IFixMessageBody, allows ref struct
    {
        lock (_lock)
        {
            var output = new ChannelOutput(_outbound, _channel);
            return Protocol.TrySendApplication(ref output, in body, _clock.UtcEpochNanoseconds(), flush);
        }
    }

    /// <summary>
    /// Like <see cref="TrySend{TBody}(in TBody, bool)"/> for a message that is not worth resending (market data: stale by
    /// the time a ResendRequest arrives): it is not stored, so a resend gap-fills its number, and the send skips the
    /// store write — the larger part of a send's cost with a file store.
    /// </summary>
    public FixSendResult TrySendTransient<TBody>(scoped in TBody body, bool flush = true)
        where TBody : IFixMessageBody, allows ref struct
    {
        lock (_lock)
        {
            var output = new ChannelOutput(_outbound, _channel);
            return Protocol.TrySendApplication(ref output, in body, _clock.UtcEpochNanoseconds(), flush, resendable: false);
        }
    }

    /// <summary>Hands everything queued to the socket (end of a batch). Non-blocking: the rest goes with the next flush or timer tick.</summary>
    public void Flush()
    {
        lock (_lock)
        {
            new ChannelOutput(_outbound, _channel).Flush();
        }
    }

    /// <summary>Bytes encoded but not yet taken by the socket.</summary>
    public int PendingOutboundBytes
    {
        get
        {
            lock (_lock)
            {
                return _outbound.Pending;
            }
        }
    }

    /// <summary>Starts the Logout handshake (Logout, wait for the answer or LogoutTimeout, disconnect).</summary>
    public void Logout(string? text = null)
    {
        byte[] encoded = text is null ? [] : Encoding.ASCII.GetBytes(text);
        lock (_lock)
        {
            var output = new ChannelOutput(_outbound, _channel);
            Protocol.RequestLogout(ref output, encoded, _clock.UtcEpochNanoseconds());
            Publish();
        }
    }

    /// <summary>Closes the connection without a Logout (an abnormal end for the counterparty).</summary>
    public void Disconnect()
    {
        lock (_lock)
        {
            var output = new ChannelOutput(_outbound, _channel);
            Protocol.RequestDisconnect(ref output);
            Publish();
        }
    }

    public override string ToString() => $"{Id} ({_status})";

    /// <summary>Closes the connection at once, no Logout, no linger (engine shutdown, internal errors).</summary>
    internal void Abort()
    {
        ITransportChannel? channel;
        lock (_lock)
        {
            channel = _channel;
        }

        channel?.Close(graceful: false);
    }

    /// <summary>A connection for this session is up; false (and nothing changes) if another one is attached.</summary>
    internal bool TryAttach(object connection, ITransportChannel channel)
    {
        lock (_lock)
        {
            if (_connection is not null)
            {
                return false;
            }

            _connection = connection;
            _channel = channel;
            _outbound.Clear();
            Protocol.Log.OnEvent("Connected to " + channel.RemoteName);
            var output = new ChannelOutput(_outbound, channel);
            Protocol.OnConnected(ref output, _clock.UtcEpochNanoseconds());
            Publish();
        }

        StatusChanged?.Invoke();
        return true;
    }

    /// <summary>A message arrived on <paramref name="connection"/> (ignored unless it is the attached one).</summary>
    internal void OnMessage(object connection, in FixMessage message)
    {
        lock (_lock)
        {
            if (!ReferenceEquals(connection, _connection))
            {
                return;
            }

            var output = new ChannelOutput(_outbound, _channel);
            ProcessMessage(ref output, in message, _clock.UtcEpochNanoseconds());
            Publish();
        }
    }

    internal void OnGarbled(object connection, ReadOnlySpan<byte> bytes, string reason)
    {
        lock (_lock)
        {
            if (ReferenceEquals(connection, _connection))
            {
                Protocol.OnGarbled(bytes, reason);
            }
        }
    }

    /// <summary>The connection closed; the session goes back to Disconnected and tells the application.</summary>
    internal void OnDetached(object connection)
    {
        lock (_lock)
        {
            if (!ReferenceEquals(connection, _connection))
            {
                return;
            }

            _connection = null;
            _channel = null;
            _outbound.Clear();
            ProcessDisconnected();
            Publish();
        }

        StatusChanged?.Invoke();
    }

    /// <summary>Timer tick (engine timer thread): heartbeats, timeouts, schedule; retries a pending flush.</summary>
    internal void Poll()
    {
        lock (_lock)
        {
            var output = new ChannelOutput(_outbound, _channel);
            Protocol.Poll(ref output, _clock.UtcEpochNanoseconds());
            Publish();
        }
    }

    private protected abstract void ProcessMessage(ref ChannelOutput output, in FixMessage message, long now);

    private protected abstract void ProcessDisconnected();

    private void Publish()
    {
        FixSessionStatus status = Protocol.Status;
        if (status == FixSessionStatus.LoggedOn && _status != FixSessionStatus.LoggedOn)
        {
            Interlocked.Increment(ref _logonCount);
        }

        _status = status;
    }
}
