using System.Runtime.CompilerServices;
using System.Text;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Session;
using LowLatency.Fix.Messages.Validation;

namespace LowLatency.Fix.Session;

// Order of checks for a received message (FIX 4.4 Vol. 2 and the session test cases; QuickFIX's order where
// the spec leaves it open):
//   1. BeginString wrong → Logout, disconnect.          2. MsgSeqNum missing/invalid → Logout, disconnect.
//   3. before logon: only a Logon is acceptable (anything else → disconnect).
//   4. CompIDs wrong → Reject(9), Logout, disconnect.   5. SendingTime off by more than MaxLatency → Reject(10), Logout, disconnect.
//   6. SequenceReset-Reset ignores MsgSeqNum.
//   7. MsgSeqNum too high → ResendRequest (not queued: the counterparty resends it; a ResendRequest is still
//      answered, a Logout still ends the session); too low → ignored if PossDupFlag=Y, else Logout, disconnect.
//   8. PossDupFlag=Y needs OrigSendingTime(122) ≤ SendingTime, else Reject(1 or 10).
//   9. dictionary validation → Reject(373, 371) or BusinessMessageReject(380=3); the number is used up.
//  10. the message: admin ones handled here, application ones to IFixApplication.OnMessage; then the
//      expected number moves on (after the callback: if it throws, the message is asked for again).

internal sealed partial class SessionProtocol
{
    /// <summary>A parsed message from the counterparty.</summary>
    public void OnMessage<TOutput, TApp>(ref TOutput output, ref TApp app, FixSession owner, in FixMessage message, long now)
        where TOutput : struct, ISessionOutput
        where TApp : struct, IFixApplication
    {
        if (_status is FixSessionStatus.Disconnected or FixSessionStatus.Disconnecting)
        {
            return;
        }

        _log.OnIncoming(message.Buffer);
        _lastReceivedNs = now;
        _testRequestPending = false;
        if (!message.BeginString.SequenceEqual(_encoder.BeginString))
        {
            LogoutAndDisconnect(ref output, SessionTexts.IncorrectBeginString, now);
            return;
        }

        if (!message.TryGetInt(FixTag.MsgSeqNum, out int seq) || seq <= 0)
        {
            LogoutAndDisconnect(ref output, SessionTexts.MsgSeqNumMissing, now);
            return;
        }

        char type = FixMsgType.AsChar(message.MsgType);
        if (_status is FixSessionStatus.AwaitingLogon or FixSessionStatus.LogonSent)
        {
            if (type != FixMsgType.LogonChar)
            {
                LogEvent($"First message (35={Encoding.ASCII.GetString(message.MsgType)}) is not a Logon: disconnecting");
                Disconnect(ref output);
                return;
            }

            OnLogon(ref output, ref app, owner, in message, seq, now);
            return;
        }

        if (!CheckHeader(ref output, in message, seq, now))
        {
            return;
        }

        if (type == FixMsgType.LogonChar)
        {
            OnLogonWhileLoggedOn(ref output, in message, seq, now);
            return;
        }

        if (type == FixMsgType.SequenceResetChar && !IsGapFill(in message))
        {
            OnSequenceResetReset(ref output, in message, seq, now);
            return;
        }

        long expected = _store.NextTargetSeqNum;
        if (seq != expected)
        {
            OnOutOfSequence(ref output, in message, type, seq, expected, now);
            return;
        }

        if (IsPossDup(in message) && type != FixMsgType.SequenceResetChar && !CheckOrigSendingTime(ref output, in message, seq, now))
        {
            _store.IncrementNextTargetSeqNum();
            return;
        }

        FixValidationResult validation = _validator.Validate(message);
        if (!validation.IsValid && !IsToleratedFieldOrder(validation))
        {
            RejectInvalid(ref output, in message, seq, validation, now);
            _store.IncrementNextTargetSeqNum();
            CheckResendComplete();
            return;
        }

        switch (type)
        {
            case FixMsgType.HeartbeatChar:
                _store.IncrementNextTargetSeqNum();
                break;
            case FixMsgType.TestRequestChar:
                _store.IncrementNextTargetSeqNum();
                var heartbeat = new Heartbeat { TestReqId = message.GetSpan(FixTag.TestReqID) };
                SendAdmin(ref output, in heartbeat, now);
                break;
            case FixMsgType.ResendRequestChar:
                _store.IncrementNextTargetSeqNum();
                AnswerResendRequest(ref output, in message, now);
                break;
            case FixMsgType.RejectChar:
                app.OnReject(owner, in message);
                _store.IncrementNextTargetSeqNum();
                break;
            case FixMsgType.SequenceResetChar:
                OnGapFill(ref output, in message, seq, now);
                break;
            case FixMsgType.LogoutChar:
                _store.IncrementNextTargetSeqNum();
                OnLogout(ref output, in message, now);
                return;
            default:
                app.OnMessage(owner, in message);
                _store.IncrementNextTargetSeqNum();
                break;
        }

        CheckResendComplete();
    }

    /// <summary>CompID and SendingTime checks that end the session (Reject, Logout, disconnect); false when it ended.</summary>
    private bool CheckHeader<TOutput>(ref TOutput output, in FixMessage message, int seq, long now)
        where TOutput : struct, ISessionOutput
    {
        if (_settings.CheckCompID)
        {
            int badTag = BadCompIdTag(in message);
            if (badTag != 0)
            {
                SendReject(ref output, in message, seq, SessionRejectReason.CompIdProblem, badTag, default, now);
                ConsumeIfExpected(seq);
                LogoutAndDisconnect(ref output, SessionTexts.CompIdProblem, now);
                return false;
            }
        }

        if (_settings.CheckLatency && message.TryGetUtcTimestamp(FixTag.SendingTime, out long sendingTime) &&
            Math.Abs(now - sendingTime) > _maxLatencyNs)
        {
            SendReject(ref output, in message, seq, SessionRejectReason.SendingTimeAccuracyProblem, FixTag.SendingTime, default, now);
            ConsumeIfExpected(seq);
            LogoutAndDisconnect(ref output, SessionTexts.SendingTimeAccuracy, now);
            return false;
        }

        return true;
    }

    /// <summary>49 must be their CompID and 56 ours; a missing one is left to validation (RequiredTagMissing).</summary>
    private int BadCompIdTag(in FixMessage message)
    {
        if (message.TryGetSpan(FixTag.SenderCompID, out ReadOnlySpan<byte> sender) && !sender.SequenceEqual(_targetCompId))
        {
            return FixTag.SenderCompID;
        }

        if (message.TryGetSpan(FixTag.TargetCompID, out ReadOnlySpan<byte> target) && !target.SequenceEqual(_senderCompId))
        {
            return FixTag.TargetCompID;
        }

        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void OnOutOfSequence<TOutput>(ref TOutput output, in FixMessage message, char type, int seq, long expected, long now)
        where TOutput : struct, ISessionOutput
    {
        if (seq > expected)
        {
            if (type == FixMsgType.ResendRequestChar && _validator.Validate(message).IsValid)
            {
                AnswerResendRequest(ref output, in message, now); // answered first, then our own gap is asked for
            }
            else if (type == FixMsgType.LogoutChar)
            {
                OnLogout(ref output, in message, now);
                return;
            }

            OnTargetTooHigh(ref output, seq, expected, now);
            return;
        }

        if (!IsPossDup(in message))
        {
            LogoutAndDisconnect(ref output, Encoding.ASCII.GetBytes($"MsgSeqNum too low, expecting {expected} but received {seq}"), now);
            return;
        }

        // A duplicate of something already processed: checked for a sane OrigSendingTime, otherwise ignored.
        if (type != FixMsgType.SequenceResetChar)
        {
            CheckOrigSendingTime(ref output, in message, seq, now);
        }
    }

    private void OnTargetTooHigh<TOutput>(ref TOutput output, int seq, long expected, long now)
        where TOutput : struct, ISessionOutput
    {
        if (_resendEnd != 0 && !_settings.SendRedundantResendRequests)
        {
            // Our ResendRequest asked for everything from _resendBegin on (EndSeqNo=0): this one is coming.
            _resendEnd = Math.Max(_resendEnd, seq);
            return;
        }

        var request = new ResendRequest { BeginSeqNo = (int)expected, EndSeqNo = 0 };
        if (SendAdmin(ref output, in request, now))
        {
            _resendBegin = expected;
            _resendEnd = Math.Max(_resendEnd, seq);
            LogEvent($"MsgSeqNum too high, expecting {expected} but received {seq}: sent ResendRequest FROM: {expected} TO: 0");
        }
    }

    private void CheckResendComplete()
    {
        if (_resendEnd != 0 && _store.NextTargetSeqNum > _resendEnd)
        {
            LogEvent($"ResendRequest FROM: {_resendBegin} satisfied (through {_resendEnd})");
            _resendBegin = 0;
            _resendEnd = 0;
        }
    }

    /// <summary>PossDupFlag=Y needs OrigSendingTime(122), not later than SendingTime; false (and a Reject) otherwise.</summary>
    private bool CheckOrigSendingTime<TOutput>(ref TOutput output, in FixMessage message, int seq, long now)
        where TOutput : struct, ISessionOutput
    {
        if (!message.TryGetUtcTimestamp(FixTag.OrigSendingTime, out long original))
        {
            SessionRejectReason reason = message.Contains(FixTag.OrigSendingTime)
                ? SessionRejectReason.IncorrectDataFormatForValue
                : SessionRejectReason.RequiredTagMissing;
            ReadOnlySpan<byte> text = reason == SessionRejectReason.RequiredTagMissing ? SessionTexts.OrigSendingTimeMissing : default;
            SendReject(ref output, in message, seq, reason, FixTag.OrigSendingTime, text, now);
            return false;
        }

        if (message.TryGetUtcTimestamp(FixTag.SendingTime, out long sending) && original > sending)
        {
            SendReject(ref output, in message, seq, SessionRejectReason.SendingTimeAccuracyProblem, FixTag.OrigSendingTime, default, now);
            return false;
        }

        return true;
    }

    private void RejectInvalid<TOutput>(ref TOutput output, in FixMessage message, int seq, FixValidationResult validation, long now)
        where TOutput : struct, ISessionOutput
    {
        if (validation.Outcome == FixValidationOutcome.BusinessReject)
        {
            SendBusinessReject(ref output, in message, seq, validation.BusinessRejectReason, now);
        }
        else
        {
            SendReject(ref output, in message, seq, validation.SessionRejectReason, validation.RefTagId, default, now);
        }
    }

    private bool IsToleratedFieldOrder(FixValidationResult validation) =>
        !_settings.ValidateFieldsOutOfOrder && validation.Outcome == FixValidationOutcome.SessionReject &&
        validation.SessionRejectReason == SessionRejectReason.TagSpecifiedOutOfRequiredOrder;

    private void ConsumeIfExpected(int seq)
    {
        if (seq == _store.NextTargetSeqNum)
        {
            _store.IncrementNextTargetSeqNum();
        }
    }

    private static bool IsPossDup(in FixMessage message) => message.TryGetBool(FixTag.PossDupFlag, out bool possDup) && possDup;

    private static bool IsGapFill(in FixMessage message) => message.TryGetBool(FixTag.GapFillFlag, out bool gapFill) && gapFill;
}
