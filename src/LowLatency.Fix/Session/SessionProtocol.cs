using System.Runtime.CompilerServices;
using System.Text;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Values;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Log;
using LowLatency.Fix.Messages.Validation;
using LowLatency.Fix.Store;

namespace LowLatency.Fix.Session;

// The FIX session layer as an I/O-free state machine (STYLE #8, modelled on Artio's Session):
//  * inputs: OnConnected, OnMessage(parsed view, now), OnGarbled, Poll(now) for every timer (heartbeat,
//    TestRequest, logon/logout timeouts, schedule and daily reset), OnDisconnected, and the application's
//    TrySendApplication / RequestLogout;
//  * outputs: messages encoded in place into an ISessionOutput (struct generic, so calls are direct), the
//    message store, the message log, and IFixApplication callbacks (struct generic);
//  * time: one base, UTC nanoseconds since the epoch, passed in by the caller (FIX SendingTime needs UTC,
//    QuickFIX and Artio time their timers on the same clock, and a FakeClock drives every timer in tests);
//  * threading: not thread-safe; exactly one caller at a time. FixSession serialises every input under its
//    lock (see FixSession for why a lock and not a queue).
// Sending order for every message (the store's contract): seq = NextSenderSeqNum, encode into the output,
// store (application messages only, if PersistMessages), IncrementNextSenderSeqNum, commit to the output.
// Admin messages are not stored: a ResendRequest gap-fills them, as the spec asks.

/// <summary>The FIX 4.x session protocol for one session: sequencing, recovery, heartbeats, logon and logout.</summary>
internal sealed partial class SessionProtocol
{
    /// <summary>Free bytes asked of the output for a message before falling back to flush-and-retry.</summary>
    internal const int MinimumMessageSpace = 1024;

    private const long NanosPerSecond = 1_000_000_000;

    private readonly FixSessionSettings _settings;
    private readonly IMessageStore _store;
    private readonly IMessageLog _log;
    private readonly FixMessageEncoder _encoder;
    private readonly FixValidator _validator;
    private readonly byte[] _senderCompId;
    private readonly byte[] _targetCompId;
    private readonly bool _initiator;
    private readonly long _maxLatencyNs;
    private readonly long _logonTimeoutNs;
    private readonly long _logoutTimeoutNs;

    private FixSessionStatus _status;
    private bool _loggedOn;
    private bool _sentReset;
    private bool _logoutCompleted;
    private bool _testRequestPending;
    private int _heartBtIntSeconds;
    private long _heartbeatNs;
    private long _lastSentNs;
    private long _lastReceivedNs;
    private long _deadlineNs;
    private long _testRequestCounter;
    private long _resendBegin;
    private long _resendEnd;

    public SessionProtocol(FixSessionSettings settings, IMessageStore store, IMessageLog log, FixValidator validator,
        TimestampPrecision precision = TimestampPrecision.Milliseconds)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(validator);
        _settings = settings;
        _store = store;
        _log = log;
        _validator = validator;
        FixSessionId id = settings.SessionId;
        _encoder = new FixMessageEncoder(id.SenderCompID, id.TargetCompID, precision, id.BeginString, id.SenderSubID, id.TargetSubID);
        _senderCompId = Encoding.ASCII.GetBytes(id.SenderCompID);
        _targetCompId = Encoding.ASCII.GetBytes(id.TargetCompID);
        _initiator = settings.ConnectionType == ConnectionType.Initiator;
        _maxLatencyNs = settings.MaxLatency.Ticks * 100;
        _logonTimeoutNs = settings.LogonTimeout.Ticks * 100;
        _logoutTimeoutNs = settings.LogoutTimeout.Ticks * 100;
        _heartBtIntSeconds = settings.HeartBtInt;
    }

    public FixSessionSettings Settings => _settings;

    public IMessageStore Store => _store;

    public IMessageLog Log => _log;

    public FixSessionStatus Status => _status;

    public bool IsInitiator => _initiator;

    /// <summary>The heartbeat interval in force: ours as initiator, the counterparty's Logon value as acceptor.</summary>
    public int HeartBtIntSeconds => _heartBtIntSeconds;

    /// <summary>True between the range we asked for in a ResendRequest and its arrival.</summary>
    public bool IsAwaitingResend => _resendEnd != 0;

    /// <summary>A connection is up. An initiator sends its Logon; an acceptor starts the logon timeout.</summary>
    public void OnConnected<TOutput>(ref TOutput output, long now)
        where TOutput : struct, ISessionOutput
    {
        _status = _initiator ? FixSessionStatus.LogonSent : FixSessionStatus.AwaitingLogon;
        _lastReceivedNs = now;
        _lastSentNs = now;
        _deadlineNs = now + _logonTimeoutNs;
        _testRequestPending = false;
        _sentReset = false;
        _logoutCompleted = false;
        _resendBegin = 0;
        _resendEnd = 0;
        if (_initiator)
        {
            SendLogon(ref output, now);
        }
    }

    /// <summary>The connection is gone (whoever closed it). Tells the application if it was logged on.</summary>
    public void OnDisconnected<TApp>(ref TApp app, FixSession owner)
        where TApp : struct, IFixApplication
    {
        bool wasLoggedOn = _loggedOn;
        _loggedOn = false;
        _status = FixSessionStatus.Disconnected;
        _resendBegin = 0;
        _resendEnd = 0;
        _testRequestPending = false;
        _sentReset = false;
        LogEvent("Disconnected");
        if (_settings.ResetOnDisconnect || (_logoutCompleted && _settings.ResetOnLogout))
        {
            _store.Reset();
            LogEvent(_settings.ResetOnDisconnect ? "ResetOnDisconnect: sequence numbers reset to 1" : "ResetOnLogout: sequence numbers reset to 1");
        }

        _logoutCompleted = false;
        if (wasLoggedOn)
        {
            app.OnLogout(owner);
        }
    }

    /// <summary>Drops a frame that failed framing or parsing (FIX: garbled messages are ignored, the sequence number is not used).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void OnGarbled(ReadOnlySpan<byte> bytes, string reason)
    {
        int shown = Math.Min(bytes.Length, 256);
        LogEvent($"Garbled message dropped ({reason}): {Encoding.ASCII.GetString(bytes[..shown]).Replace('\u0001', '|')}");
    }

    /// <summary>Timers: logon and logout timeouts, heartbeats and TestRequests, the session schedule.</summary>
    public void Poll<TOutput>(ref TOutput output, long now)
        where TOutput : struct, ISessionOutput
    {
        switch (_status)
        {
            case FixSessionStatus.Disconnected:
                ResetIfNewSessionPeriod(now);
                return;
            case FixSessionStatus.AwaitingLogon:
            case FixSessionStatus.LogonSent:
                if (now - _deadlineNs >= 0)
                {
                    LogEvent("Logon timeout: no Logon received in time");
                    Disconnect(ref output);
                }

                break;
            case FixSessionStatus.LoggedOn:
                if (!_settings.Schedule.IsInSession(now))
                {
                    BeginLogout(ref output, SessionTexts.SessionTimeEnded, now);
                }
                else if (!_settings.Schedule.IsAlways && _settings.Schedule.NeedsReset(_store.CreationTimeUtcNanos, now))
                {
                    // A new session period began while logged on: log out; the reset follows once disconnected.
                    BeginLogout(ref output, SessionTexts.NewSessionPeriod, now);
                }
                else
                {
                    PollHeartbeat(ref output, now);
                }

                break;
            case FixSessionStatus.LogoutSent:
                if (now - _deadlineNs >= 0)
                {
                    LogEvent("Logout timeout: no Logout answer, disconnecting");
                    Disconnect(ref output);
                }

                break;
        }

        output.Flush();
    }

    /// <summary>The application (or engine) asks to end the session: Logout, then wait for the answer.</summary>
    public void RequestLogout<TOutput>(ref TOutput output, ReadOnlySpan<byte> text, long now)
        where TOutput : struct, ISessionOutput
    {
        switch (_status)
        {
            case FixSessionStatus.LoggedOn:
                BeginLogout(ref output, text, now);
                break;
            case FixSessionStatus.AwaitingLogon:
            case FixSessionStatus.LogonSent:
                Disconnect(ref output);
                break;
        }
    }

    /// <summary>Closes the connection without a Logout (abnormal end, engine shutdown after the logout timeout).</summary>
    public void RequestDisconnect<TOutput>(ref TOutput output)
        where TOutput : struct, ISessionOutput
    {
        if (_status != FixSessionStatus.Disconnected)
        {
            Disconnect(ref output);
        }
    }

    private void PollHeartbeat<TOutput>(ref TOutput output, long now)
        where TOutput : struct, ISessionOutput
    {
        long heartbeat = _heartbeatNs;
        if (heartbeat <= 0)
        {
            return;
        }

        // QuickFIX's thresholds: a TestRequest after 1.2 intervals of silence (HeartBtInt plus "a reasonable
        // transmission time"), and a disconnect after 2.4 intervals when even that got no answer.
        long silent = now - _lastReceivedNs;
        if (silent >= 2 * heartbeat + 2 * heartbeat / 5)
        {
            LogEvent("Timed out waiting for heartbeat: disconnecting");
            Disconnect(ref output);
            return;
        }

        if (!_testRequestPending && silent >= heartbeat + heartbeat / 5)
        {
            SendTestRequest(ref output, now);
        }

        if (now - _lastSentNs >= heartbeat)
        {
            var beat = default(Messages.Session.Heartbeat);
            SendAdmin(ref output, in beat, now);
        }
    }

    private void ResetIfNewSessionPeriod(long now)
    {
        if (!_settings.Schedule.IsAlways && _settings.Schedule.NeedsReset(_store.CreationTimeUtcNanos, now))
        {
            _store.Reset();
            LogEvent("New session period: sequence numbers reset to 1");
        }
    }

    private void BeginLogout<TOutput>(ref TOutput output, ReadOnlySpan<byte> text, long now)
        where TOutput : struct, ISessionOutput
    {
        var logout = new Messages.Session.Logout { Text = text };
        LogEvent("Initiating logout: " + Encoding.ASCII.GetString(text));
        if (SendAdmin(ref output, in logout, now))
        {
            _status = FixSessionStatus.LogoutSent;
            _deadlineNs = now + _logoutTimeoutNs;
        }
    }

    private void LogoutAndDisconnect<TOutput>(ref TOutput output, ReadOnlySpan<byte> text, long now)
        where TOutput : struct, ISessionOutput
    {
        var logout = new Messages.Session.Logout { Text = text };
        LogEvent("Logout and disconnect: " + Encoding.ASCII.GetString(text));
        SendAdmin(ref output, in logout, now);
        Disconnect(ref output);
    }

    private void Disconnect<TOutput>(ref TOutput output)
        where TOutput : struct, ISessionOutput
    {
        _status = FixSessionStatus.Disconnecting;
        output.Disconnect();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void LogEvent(string text) => _log.OnEvent(text);
}
