using LowLatency.Fix.Codec.Framing;
using LowLatency.Fix.Messages;
using LowLatency.Venue.Config;

namespace LowLatency.Venue.Faults;

/// <summary>What the fault proxy does with one outbound frame.</summary>
internal enum WireAction : byte
{
    /// <summary>Forward it to the client.</summary>
    Forward = 0,

    /// <summary>Swallow it: its MsgSeqNum is used, so the client sees a gap and asks for a resend.</summary>
    Drop = 1,

    /// <summary>Close the connection abruptly instead of sending it.</summary>
    Disconnect = 2,
}

/// <summary>
/// The wire-level fault decisions for one connection's outbound byte stream, I/O-free so they are testable without
/// sockets: frames the stream, counts the application messages (admin messages and PossDup resends pass without
/// counting, so a resend answering a dropped message is not dropped in turn) and asks the <see cref="FaultInjector"/>.
/// Once silent, nothing is forwarded any more, heartbeats included.
/// </summary>
internal sealed class WireFaultFilter
{
    private readonly FaultInjector _faults;

    public WireFaultFilter(FaultInjectionConfig faults)
    {
        _faults = new FaultInjector(faults);
    }

    public bool IsSilent => _faults.IsSilent;

    public long Dropped { get; private set; }

    /// <summary>Decides for one complete frame (8=… through 10=xxx|).</summary>
    public WireAction Decide(ReadOnlySpan<byte> frame)
    {
        if (_faults.IsSilent)
        {
            return WireAction.Drop;
        }

        if (!IsCountedApplicationMessage(frame))
        {
            return WireAction.Forward;
        }

        switch (_faults.NextOutbound())
        {
            case OutboundFault.DropSession:
                return WireAction.Disconnect;
            case OutboundFault.Silent:
            case OutboundFault.Drop:
                Dropped++;
                return WireAction.Drop;
            default:
                return WireAction.Forward;
        }
    }

    /// <summary>Length of the first complete frame in <paramref name="buffer"/> (0: need more bytes; negative: garbage to skip).</summary>
    public static int FrameLength(ReadOnlySpan<byte> buffer)
    {
        FrameResult result = FixFramer.Frame(buffer);
        return result.Status switch
        {
            FrameStatus.Complete => result.Length,
            FrameStatus.Garbled => -result.Length,
            _ => 0,
        };
    }

    private static bool IsCountedApplicationMessage(ReadOnlySpan<byte> frame)
    {
        ReadOnlySpan<byte> msgType = FieldValue(frame, "\u000135="u8);
        return !msgType.IsEmpty && !FixMsgType.IsAdmin(msgType) && !FieldValue(frame, "\u000143="u8).SequenceEqual("Y"u8);
    }

    private static ReadOnlySpan<byte> FieldValue(ReadOnlySpan<byte> frame, ReadOnlySpan<byte> tag)
    {
        int at = frame.IndexOf(tag);
        if (at < 0)
        {
            return default;
        }

        ReadOnlySpan<byte> rest = frame[(at + tag.Length)..];
        int end = rest.IndexOf((byte)1);
        return end < 0 ? default : rest[..end];
    }
}
