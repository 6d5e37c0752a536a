using System.Buffers.Text;
using System.Runtime.CompilerServices;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Session;

namespace LowLatency.Fix.Session;

internal sealed partial class SessionProtocol
{
    /// <summary>
    /// The application's send: stamps the header with the next MsgSeqNum, encodes in place, stores, commits and
    /// (when <paramref name="flush"/>) hands the bytes to the socket. Allocation-free; nothing is used on failure.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FixSendResult TrySendApplication<TOutput, TBody>(ref TOutput output, scoped in TBody body, long now, bool flush, bool resendable = true)
        where TOutput : struct, ISessionOutput
        where TBody : IFixMessageBody, allows ref struct
    {
        if (_status != FixSessionStatus.LoggedOn)
        {
            return FixSendResult.NotLoggedOn;
        }

        if (FixMsgType.IsAdmin(body.MsgType))
        {
            return FixSendResult.AdminMessageType;
        }

        return Send(ref output, in body, now, resendable && _settings.PersistMessages, mayGrow: false, flush);
    }

    /// <summary>Sends a session-level message with the next MsgSeqNum (not stored: resends gap-fill it). False if it could not be queued.</summary>
    private bool SendAdmin<TOutput, TBody>(ref TOutput output, scoped in TBody body, long now)
        where TOutput : struct, ISessionOutput
        where TBody : IFixMessageBody, allows ref struct
    {
        FixSendResult result = Send(ref output, in body, now, store: false, mayGrow: true, flush: true);
        if (result != FixSendResult.Sent)
        {
            OnCannotSend(ref output, body.MsgType, result);
            return false;
        }

        return true;
    }

    /// <summary>
    /// Every message with a new MsgSeqNum goes through here, in the store's order: number, encode, store (if asked),
    /// increment, log, commit, flush (if asked). Nothing is used up when it fails.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private FixSendResult Send<TOutput, TBody>(ref TOutput output, scoped in TBody body, long now, bool store, bool mayGrow, bool flush)
        where TOutput : struct, ISessionOutput
        where TBody : IFixMessageBody, allows ref struct
    {
        long seq = _store.NextSenderSeqNum;
        FixSendResult result = TryEncode(ref output, in body, (int)seq, now, possDup: false, mayGrow, out Span<byte> message);
        if (result != FixSendResult.Sent)
        {
            return result;
        }

        if (store && !TryStore(seq, message))
        {
            return FixSendResult.StoreFailed;
        }

        _store.IncrementNextSenderSeqNum();
        _log.OnOutgoing(message);
        output.Commit(message.Length);
        _lastSentNs = now;
        if (flush)
        {
            output.Flush();
        }

        return FixSendResult.Sent;
    }

    private void SendLogon<TOutput>(ref TOutput output, long now)
        where TOutput : struct, ISessionOutput
    {
        if (!_settings.Schedule.IsInSession(now))
        {
            LogEvent("Not logging on: outside of session time");
            Disconnect(ref output);
            return;
        }

        ResetIfNewSessionPeriod(now);
        if (_settings.RefreshOnLogon)
        {
            _store.Refresh();
        }

        bool reset = _settings.ResetOnLogon;
        if (reset)
        {
            _store.Reset();
            LogEvent("ResetOnLogon: sequence numbers reset to 1");
        }

        _sentReset = reset;
        _heartBtIntSeconds = _settings.HeartBtInt;
        _heartbeatNs = _heartBtIntSeconds * NanosPerSecond;
        var logon = new Logon { HeartBtIntSeconds = _heartBtIntSeconds, ResetSeqNumFlag = reset };
        if (SendAdmin(ref output, in logon, now))
        {
            LogEvent("Initiated logon");
        }
    }

    private void SendTestRequest<TOutput>(ref TOutput output, long now)
        where TOutput : struct, ISessionOutput
    {
        Span<byte> id = stackalloc byte[20];
        Utf8Formatter.TryFormat(++_testRequestCounter, id, out int length);
        var request = new TestRequest { TestReqId = id[..length] };
        if (SendAdmin(ref output, in request, now))
        {
            _testRequestPending = true;
        }
    }

    private void SendReject<TOutput>(ref TOutput output, in FixMessage rejected, int refSeqNum, SessionRejectReason reason, int refTagId,
        ReadOnlySpan<byte> text, long now)
        where TOutput : struct, ISessionOutput
    {
        var reject = new Reject
        {
            RefSeqNum = refSeqNum,
            RefTagId = refTagId,
            RefMsgType = rejected.MsgType,
            Reason = reason,
            Text = text.IsEmpty ? SessionTexts.ForReason(reason) : text,
        };
        SendAdmin(ref output, in reject, now);
        LogEvent($"Rejected message {refSeqNum}: {reason} (RefTagID {refTagId})");
    }

    private void SendBusinessReject<TOutput>(ref TOutput output, in FixMessage rejected, int refSeqNum, BusinessRejectReason reason, long now)
        where TOutput : struct, ISessionOutput
    {
        var reject = new BusinessMessageReject
        {
            RefSeqNum = refSeqNum,
            RefMsgType = rejected.MsgType,
            Reason = reason,
            Text = SessionTexts.UnsupportedMessageType,
        };

        // BusinessMessageReject is an application message (stored, resendable) but sent by the session itself.
        FixSendResult result = Send(ref output, in reject, now, _settings.PersistMessages, mayGrow: true, flush: true);
        if (result != FixSendResult.Sent)
        {
            OnCannotSend(ref output, reject.MsgType, result);
            return;
        }

        LogEvent($"Business-rejected message {refSeqNum}: {reason}");
    }

    /// <summary>Encodes at the output's free tail; on overflow retries once with the buffer flushed and compacted, then grows if allowed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private FixSendResult TryEncode<TOutput, TBody>(ref TOutput output, scoped in TBody body, int seq, long now, bool possDup, bool mayGrow,
        out Span<byte> message)
        where TOutput : struct, ISessionOutput
        where TBody : IFixMessageBody, allows ref struct
    {
        Span<byte> destination = output.GetBuffer(MinimumMessageSpace);
        if (TryEncodeOnce(destination, in body, seq, now, possDup, out int length))
        {
            message = destination[..length];
            return FixSendResult.Sent;
        }

        return TryEncodeSlow(ref output, in body, seq, now, possDup, mayGrow, out message);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private FixSendResult TryEncodeSlow<TOutput, TBody>(ref TOutput output, scoped in TBody body, int seq, long now, bool possDup, bool mayGrow,
        out Span<byte> message)
        where TOutput : struct, ISessionOutput
        where TBody : IFixMessageBody, allows ref struct
    {
        message = default;
        if (!output.IsConnected)
        {
            return FixSendResult.NotLoggedOn;
        }

        // Asking for the whole capacity makes the output flush and compact: the most room without growing.
        Span<byte> destination = output.GetBuffer(output.Capacity);
        while (true)
        {
            if (TryEncodeOnce(destination, in body, seq, now, possDup, out int length))
            {
                message = destination[..length];
                return FixSendResult.Sent;
            }

            if (!mayGrow)
            {
                return destination.Length >= output.Capacity ? FixSendResult.TooLarge : FixSendResult.BackPressured;
            }

            if (!output.TryGrow(Math.Max(2 * destination.Length, MinimumMessageSpace)))
            {
                return FixSendResult.TooLarge;
            }

            destination = output.GetBuffer(MinimumMessageSpace);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryEncodeOnce<TBody>(Span<byte> destination, scoped in TBody body, int seq, long now, bool possDup, out int length)
        where TBody : IFixMessageBody, allows ref struct
    {
        FixMessageWriter writer = possDup
            ? _encoder.BeginPossDup(destination, body.MsgType, seq, now, origSendingTimeNanos: now)
            : _encoder.Begin(destination, body.MsgType, seq, now);
        body.WriteBody(ref writer);
        return writer.TryFinish(out length);
    }

    private bool TryStore(long seq, ReadOnlySpan<byte> message)
    {
        try
        {
            _store.Store(seq, message);
            return true;
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException)
        {
            OnStoreFailed(seq, ex);
            return false;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void OnStoreFailed(long seq, Exception ex) =>
        LogEvent($"Message store failed for MsgSeqNum {seq}, message not sent: {ex.GetType().Name}: {ex.Message}");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void OnCannotSend<TOutput>(ref TOutput output, ReadOnlySpan<byte> msgType, FixSendResult result)
        where TOutput : struct, ISessionOutput
    {
        if (!output.IsConnected)
        {
            return;
        }

        // Only a counterparty that stopped reading (the buffer reached its cap) or a store failure gets here.
        LogEvent($"Could not send {System.Text.Encoding.ASCII.GetString(msgType)} ({result}): disconnecting");
        Disconnect(ref output);
    }
}
