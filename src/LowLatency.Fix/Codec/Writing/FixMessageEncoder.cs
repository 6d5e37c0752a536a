using System.Text;
using LowLatency.Core;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Values;
using LowLatency.Fix.Messages;

namespace LowLatency.Fix.Codec.Writing;

/// <summary>
/// Begins messages for one session: BeginString and CompIDs encoded once, SendingTime formatted from a per-second
/// cache, MsgSeqNum and the optional resend fields (43, 122, 97) written per message. Also rewrites a stored
/// message for resend. One per session, used by its sending thread only.
/// </summary>
public sealed class FixMessageEncoder
{
    private readonly byte[] _beginString;
    private readonly byte[] _compIds;
    private readonly FixParser _resendParser = new();

    public FixMessageEncoder(string senderCompId, string targetCompId, TimestampPrecision precision = TimestampPrecision.Milliseconds,
        string beginString = "FIX.4.4", string? senderSubId = null, string? targetSubId = null)
    {
        RequireValue(senderCompId, nameof(senderCompId));
        RequireValue(targetCompId, nameof(targetCompId));
        RequireValue(beginString, nameof(beginString));
        _beginString = Encoding.ASCII.GetBytes(beginString);
        var header = new StringBuilder();
        header.Append("49=").Append(senderCompId).Append('\u0001');
        header.Append("56=").Append(targetCompId).Append('\u0001');
        if (!string.IsNullOrEmpty(senderSubId))
        {
            RequireValue(senderSubId, nameof(senderSubId));
            header.Append("50=").Append(senderSubId).Append('\u0001');
        }

        if (!string.IsNullOrEmpty(targetSubId))
        {
            RequireValue(targetSubId, nameof(targetSubId));
            header.Append("57=").Append(targetSubId).Append('\u0001');
        }

        _compIds = Encoding.ASCII.GetBytes(header.ToString());
        Timestamps = new UtcTimestampFormatter(precision);
        SenderCompId = senderCompId;
        TargetCompId = targetCompId;
    }

    public string SenderCompId { get; }

    public string TargetCompId { get; }

    public ReadOnlySpan<byte> BeginString => _beginString;

    /// <summary>The SendingTime formatter (its precision applies to every timestamp this encoder writes).</summary>
    public UtcTimestampFormatter Timestamps { get; }

    /// <summary>Starts a message with the standard header: 8, 9, 35, 49, 56 [50, 57], 34, 52. Add body fields, then TryFinish.</summary>
    public FixMessageWriter Begin(Span<byte> destination, ReadOnlySpan<byte> msgType, int msgSeqNum, long sendingTimeNanos)
    {
        var writer = new FixMessageWriter(destination, _beginString, msgType, Timestamps);
        writer.WriteRaw(_compIds);
        writer.WriteInt(FixTag.MsgSeqNum, msgSeqNum);
        writer.WriteUtcTimestamp(FixTag.SendingTime, sendingTimeNanos);
        return writer;
    }

    /// <summary>
    /// Starts a possibly duplicated message (a gap-fill SequenceReset or a resent message built afresh):
    /// PossDupFlag(43)=Y and OrigSendingTime(122) before SendingTime, optionally PossResend(97)=Y.
    /// </summary>
    public FixMessageWriter BeginPossDup(Span<byte> destination, ReadOnlySpan<byte> msgType, int msgSeqNum, long sendingTimeNanos,
        long origSendingTimeNanos, bool possResend = false)
    {
        var writer = new FixMessageWriter(destination, _beginString, msgType, Timestamps);
        writer.WriteRaw(_compIds);
        writer.WriteInt(FixTag.MsgSeqNum, msgSeqNum);
        writer.WriteChar(FixTag.PossDupFlag, 'Y');
        if (possResend)
        {
            writer.WriteChar(FixTag.PossResend, 'Y');
        }

        writer.WriteUtcTimestamp(FixTag.OrigSendingTime, origSendingTimeNanos);
        writer.WriteUtcTimestamp(FixTag.SendingTime, sendingTimeNanos);
        return writer;
    }

    /// <summary>Encodes a whole message; false (nothing usable written) when <paramref name="destination"/> is too small.</summary>
    public bool TryEncode<TBody>(Span<byte> destination, int msgSeqNum, long sendingTimeNanos, scoped in TBody body, out int length)
        where TBody : IFixMessageBody, allows ref struct
    {
        FixMessageWriter writer = Begin(destination, body.MsgType, msgSeqNum, sendingTimeNanos);
        body.WriteBody(ref writer);
        return writer.TryFinish(out length);
    }

    /// <summary>
    /// Rewrites a stored (sent) message for retransmission: same MsgSeqNum and body, PossDupFlag(43)=Y,
    /// OrigSendingTime(122) = its original SendingTime (kept if already present), a new SendingTime, BodyLength
    /// and CheckSum recomputed. False when <paramref name="stored"/> is not a parseable message or the
    /// destination is too small.
    /// </summary>
    public bool TryRewriteForResend(ReadOnlySpan<byte> stored, long newSendingTimeNanos, Span<byte> destination, out int length)
    {
        length = 0;
        if (!_resendParser.TryParse(stored, out FixMessage original) ||
            !original.TryGetSpan(FixTag.SendingTime, out ReadOnlySpan<byte> originalSendingTime) ||
            original.MsgType.IsEmpty)
        {
            return false;
        }

        if (!original.TryGetSpan(FixTag.OrigSendingTime, out ReadOnlySpan<byte> origSendingTime))
        {
            origSendingTime = originalSendingTime;
        }

        var writer = new FixMessageWriter(destination, original.BeginString, original.MsgType, Timestamps);
        int count = original.FieldCount;
        for (int i = 3; i < count; i++)
        {
            FixField field = original.GetField(i);
            switch (field.Tag)
            {
                case FixTag.CheckSum:
                case FixTag.PossDupFlag:
                case FixTag.OrigSendingTime:
                    break;
                case FixTag.SendingTime:
                    writer.WriteChar(FixTag.PossDupFlag, 'Y');
                    writer.WriteString(FixTag.OrigSendingTime, origSendingTime);
                    writer.WriteUtcTimestamp(FixTag.SendingTime, newSendingTimeNanos);
                    break;
                default:
                    writer.WriteString(field.Tag, field.Value);
                    break;
            }
        }

        return writer.TryFinish(out length);
    }

    private static void RequireValue(string value, string name)
    {
        if (string.IsNullOrEmpty(value) || value.Contains('\u0001', StringComparison.Ordinal) || !Ascii.IsValid(value))
        {
            ThrowHelper.ThrowArgument(name, $"'{value}' must be non-empty ASCII without SOH");
        }
    }
}
