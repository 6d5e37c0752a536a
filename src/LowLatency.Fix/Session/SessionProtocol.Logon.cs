using System.Text;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Session;
using LowLatency.Fix.Messages.Validation;

namespace LowLatency.Fix.Session;

// Logon, Logout and SequenceReset: the messages that move the session between states or move the numbers.
internal sealed partial class SessionProtocol
{
    /// <summary>The counterparty's Logon (acceptor) or its answer to ours (initiator).</summary>
    private void OnLogon<TOutput, TApp>(ref TOutput output, ref TApp app, FixSession owner, in FixMessage message, int seq, long now)
        where TOutput : struct, ISessionOutput
        where TApp : struct, IFixApplication
    {
        FixValidationResult validation = _validator.Validate(message);
        if (!validation.IsValid && !IsToleratedFieldOrder(validation))
        {
            LogEvent($"Invalid Logon: {validation.SessionRejectReason} (tag {validation.RefTagId})");
            LogoutAndDisconnect(ref output, SessionTexts.ForReason(validation.SessionRejectReason), now);
            return;
        }

        if (!Logon.TryRead(message, out Logon logon) || logon.HeartBtIntSeconds < 0 || logon.EncryptMethod != 0)
        {
            LogoutAndDisconnect(ref output, SessionTexts.InvalidLogon, now);
            return;
        }

        if (_settings.CheckCompID && BadCompIdTag(in message) != 0)
        {
            LogoutAndDisconnect(ref output, SessionTexts.CompIdProblem, now);
            return;
        }

        if (_settings.CheckLatency && message.TryGetUtcTimestamp(FixTag.SendingTime, out long sendingTime) && Math.Abs(now - sendingTime) > _maxLatencyNs)
        {
            LogoutAndDisconnect(ref output, SessionTexts.SendingTimeAccuracy, now);
            return;
        }

        if (!_settings.Schedule.IsInSession(now))
        {
            LogoutAndDisconnect(ref output, SessionTexts.OutsideSessionTime, now);
            return;
        }

        if (!_initiator)
        {
            ResetIfNewSessionPeriod(now);
            if (_settings.RefreshOnLogon)
            {
                _store.Refresh();
            }

            if (_settings.ResetOnLogon)
            {
                _store.Reset();
            }
        }

        bool reset = logon.ResetSeqNumFlag;
        if (reset && !_sentReset)
        {
            _store.Reset();
            LogEvent("Logon contains ResetSeqNumFlag=Y: sequence numbers reset to 1");
        }

        long expected = _store.NextTargetSeqNum;
        if (!reset && seq < expected)
        {
            LogoutAndDisconnect(ref output, Encoding.ASCII.GetBytes($"MsgSeqNum too low, expecting {expected} but received {seq}"), now);
            return;
        }

        if (!_initiator)
        {
            _heartBtIntSeconds = logon.HeartBtIntSeconds;
            var answer = new Logon { HeartBtIntSeconds = logon.HeartBtIntSeconds, ResetSeqNumFlag = reset };
            if (!SendAdmin(ref output, in answer, now))
            {
                return;
            }
        }

        _heartbeatNs = _heartBtIntSeconds * NanosPerSecond;
        _status = FixSessionStatus.LoggedOn;
        _loggedOn = true;
        _sentReset = false;
        LogEvent(_initiator
            ? $"Logon answered (HeartBtInt {_heartBtIntSeconds} s)"
            : $"Logon received and answered (HeartBtInt {_heartBtIntSeconds} s)");
        if (!reset && seq > expected)
        {
            OnTargetTooHigh(ref output, seq, expected, now);
        }
        else
        {
            _store.SetNextTargetSeqNum(seq + 1L);
        }

        app.OnLogon(owner);
    }

    /// <summary>A Logon while logged on: with ResetSeqNumFlag=Y it resets both numbers in session (FIX 4.4); otherwise an error.</summary>
    private void OnLogonWhileLoggedOn<TOutput>(ref TOutput output, in FixMessage message, int seq, long now)
        where TOutput : struct, ISessionOutput
    {
        if (!Logon.TryRead(message, out Logon logon) || !logon.ResetSeqNumFlag)
        {
            LogoutAndDisconnect(ref output, SessionTexts.UnexpectedLogon, now);
            return;
        }

        _store.Reset();
        LogEvent("Logon with ResetSeqNumFlag=Y while logged on: sequence numbers reset to 1");
        var answer = new Logon { HeartBtIntSeconds = logon.HeartBtIntSeconds, ResetSeqNumFlag = true };
        if (SendAdmin(ref output, in answer, now))
        {
            _store.SetNextTargetSeqNum(seq + 1L);
            _resendBegin = 0;
            _resendEnd = 0;
        }
    }

    /// <summary>SequenceReset-GapFill at the expected number: moves the expected number up, never down.</summary>
    private void OnGapFill<TOutput>(ref TOutput output, in FixMessage message, int seq, long now)
        where TOutput : struct, ISessionOutput
    {
        SequenceReset.TryRead(message, out SequenceReset reset);
        if (reset.NewSeqNo > seq)
        {
            _store.SetNextTargetSeqNum(reset.NewSeqNo);
            return;
        }

        SendReject(ref output, in message, seq, SessionRejectReason.ValueIsIncorrect, FixTag.NewSeqNo, SessionTexts.AttemptToLowerSeqNum, now);
        _store.IncrementNextTargetSeqNum();
    }

    /// <summary>SequenceReset-Reset: MsgSeqNum is ignored; NewSeqNo above the expected number moves it, below it is rejected.</summary>
    private void OnSequenceResetReset<TOutput>(ref TOutput output, in FixMessage message, int seq, long now)
        where TOutput : struct, ISessionOutput
    {
        FixValidationResult validation = _validator.Validate(message);
        if (!validation.IsValid)
        {
            SendReject(ref output, in message, seq, validation.SessionRejectReason, validation.RefTagId, default, now);
            return;
        }

        SequenceReset.TryRead(message, out SequenceReset reset);
        long expected = _store.NextTargetSeqNum;
        if (reset.NewSeqNo > expected)
        {
            _store.SetNextTargetSeqNum(reset.NewSeqNo);
            LogEvent($"SequenceReset-Reset: expected MsgSeqNum moved from {expected} to {reset.NewSeqNo}");
            CheckResendComplete();
        }
        else if (reset.NewSeqNo == expected)
        {
            LogEvent($"SequenceReset-Reset to {expected}, the number already expected: nothing to do");
        }
        else
        {
            SendReject(ref output, in message, seq, SessionRejectReason.ValueIsIncorrect, FixTag.NewSeqNo, SessionTexts.AttemptToLowerSeqNum, now);
        }
    }

    /// <summary>The counterparty's Logout: the answer to ours (disconnect) or its request (answer, then disconnect after our FIN).</summary>
    private void OnLogout<TOutput>(ref TOutput output, in FixMessage message, long now)
        where TOutput : struct, ISessionOutput
    {
        string text = Encoding.ASCII.GetString(message.GetSpan(FixTag.Text));
        _logoutCompleted = true;
        if (_status == FixSessionStatus.LogoutSent)
        {
            LogEvent("Received Logout answer " + text);
            Disconnect(ref output);
            return;
        }

        LogEvent("Received Logout request " + text);
        var answer = default(Logout);
        SendAdmin(ref output, in answer, now);
        Disconnect(ref output);
    }
}
