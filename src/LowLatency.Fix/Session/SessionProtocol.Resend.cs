using System.Runtime.CompilerServices;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Session;
using LowLatency.Fix.Store;

namespace LowLatency.Fix.Session;

// Answering a ResendRequest (FIX 4.4 Vol. 2, message recovery): stored application messages go out again
// with their original MsgSeqNum, PossDupFlag(43)=Y, OrigSendingTime(122) and a new SendingTime; every run of
// numbers we cannot or must not resend (admin messages, numbers never stored, PersistMessages=N) becomes one
// SequenceReset-GapFill (123=Y, PossDupFlag=Y) numbered at the start of the run, NewSeqNo = the next number
// that follows. The whole answer is written under the session lock, so nothing new interleaves with it.
// A rare path: the output may grow (up to its cap) rather than fail.

internal sealed partial class SessionProtocol
{
    private void AnswerResendRequest<TOutput>(ref TOutput output, in FixMessage message, long now)
        where TOutput : struct, ISessionOutput
    {
        if (!ResendRequest.TryRead(message, out ResendRequest request))
        {
            return; // validated before: cannot happen for a well-formed message
        }

        long next = _store.NextSenderSeqNum;
        long begin = request.BeginSeqNo;
        long end = request.EndSeqNo;
        if (end == 0 || end >= next)
        {
            end = next - 1; // 0 means "everything after BeginSeqNo" (FIX 4.2+); FIX 4.1 used 999999
        }

        LogEvent($"Received ResendRequest FROM: {request.BeginSeqNo} TO: {request.EndSeqNo}");
        if (begin < 1 || begin > end)
        {
            LogEvent($"Nothing to resend: next MsgSeqNum to send is {next}");
            return;
        }

        var visitor = new ResendVisitor<TOutput>(this, ref output, begin, now);
        _store.VisitRange(begin, end, ref visitor);
        if (visitor.Failed)
        {
            return;
        }

        if (visitor.NextToCover <= end)
        {
            SendGapFill(ref output, visitor.NextToCover, end + 1, now);
        }

        output.Flush();
    }

    /// <summary>Resends one stored message, gap-filling the run of numbers before it. False when the output cannot take more.</summary>
    private bool ResendOne<TOutput>(ref TOutput output, long seq, ReadOnlySpan<byte> stored, long now, ref long nextToCover)
        where TOutput : struct, ISessionOutput
    {
        if (IsAdminMessage(stored))
        {
            return true; // left for the gap fill that covers it
        }

        if (seq > nextToCover)
        {
            if (!SendGapFill(ref output, nextToCover, seq, now))
            {
                return false;
            }

            nextToCover = seq;
        }

        // A rewrite adds PossDupFlag and OrigSendingTime and may lengthen SendingTime and BodyLength: 64 bytes cover it.
        int needed = stored.Length + 64;
        Span<byte> destination = output.GetBuffer(needed);
        if (destination.Length < needed)
        {
            if (!output.TryGrow(needed))
            {
                OnCannotSend(ref output, FixMsgType.ResendRequest, FixSendResult.TooLarge);
                return false;
            }

            destination = output.GetBuffer(needed);
        }

        if (!_encoder.TryRewriteForResend(stored, now, destination, out int length))
        {
            LogEvent($"Stored message {seq} is not a FIX message: gap-filling it");
            return true; // still uncovered: the next gap fill takes it
        }

        Span<byte> message = destination[..length];
        _log.OnOutgoing(message);
        output.Commit(length);
        _lastSentNs = now;
        nextToCover = seq + 1;
        return true;
    }

    private bool SendGapFill<TOutput>(ref TOutput output, long seq, long newSeqNo, long now)
        where TOutput : struct, ISessionOutput
    {
        var gapFill = new SequenceReset { GapFill = true, NewSeqNo = (int)newSeqNo };
        FixSendResult result = TryEncode(ref output, in gapFill, (int)seq, now, possDup: true, mayGrow: true, out Span<byte> message);
        if (result != FixSendResult.Sent)
        {
            OnCannotSend(ref output, gapFill.MsgType, result);
            return false;
        }

        _log.OnOutgoing(message);
        output.Commit(message.Length);
        _lastSentNs = now;
        return true;
    }

    /// <summary>MsgType of a stored frame is admin (0-5, A): found as the third field, "35=x" after 8= and 9=.</summary>
    private static bool IsAdminMessage(ReadOnlySpan<byte> stored)
    {
        int at = stored.IndexOf("\u000135="u8);
        if (at < 0)
        {
            return false;
        }

        ReadOnlySpan<byte> rest = stored[(at + 4)..];
        int end = rest.IndexOf((byte)1);
        return end > 0 && FixMsgType.IsAdmin(rest[..end]);
    }

    /// <summary>Feeds stored messages to <see cref="ResendOne"/>; a ref struct so it can hold the output by reference.</summary>
    private ref struct ResendVisitor<TOutput> : IStoredMessageVisitor
        where TOutput : struct, ISessionOutput
    {
        private readonly SessionProtocol _protocol;
        private readonly long _now;
        private ref TOutput _output;

        public ResendVisitor(SessionProtocol protocol, ref TOutput output, long begin, long now)
        {
            _protocol = protocol;
            _output = ref output;
            _now = now;
            NextToCover = begin;
        }

        /// <summary>The first number neither resent nor gap-filled yet.</summary>
        public long NextToCover;

        public bool Failed;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool OnMessage(long seqNum, ReadOnlySpan<byte> message)
        {
            if (_protocol.ResendOne(ref _output, seqNum, message, _now, ref NextToCover))
            {
                return true;
            }

            Failed = true;
            return false;
        }
    }
}
