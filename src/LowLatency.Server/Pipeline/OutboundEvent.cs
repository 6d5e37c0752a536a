using System.Runtime.InteropServices;
using LowLatency.Model.Fills;
using LowLatency.Server.Journal;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// The outbound ring slot, written only by the decision thread: either a FIX message body for a venue (the sender
/// stage sends it through the session: header, MsgSeqNum, store, socket), or a record for the journal stage (fill,
/// order sent, kill switch, collateral). The decision thread never encodes a whole message, never touches a socket
/// or the disk. Explicit layout: the journal payloads overlap the body bytes.
/// </summary>
[StructLayout(LayoutKind.Explicit)]
public struct OutboundEvent
{
    private const int PayloadOffset = 48;

    [FieldOffset(0)]
    public OutboundKind Kind;

    /// <summary>Length of <see cref="MsgType"/> (1 or 2 bytes: "D", "F", "G", "H", "V", or a two-letter type).</summary>
    [FieldOffset(1)]
    public byte MsgTypeLength;

    [FieldOffset(2)]
    public ushort MsgType;

    /// <summary>Dense venue index the message goes to.</summary>
    [FieldOffset(4)]
    public int VenueIndex;

    /// <summary>Offset and length of the body fields inside <see cref="Body"/>.</summary>
    [FieldOffset(8)]
    public short BodyStart;

    [FieldOffset(10)]
    public short BodyLength;

    /// <summary>Monotonic ns the tick behind this message was read from its socket (0: not caused by a tick).</summary>
    [FieldOffset(16)]
    public long TickNs;

    /// <summary>Monotonic ns the decision thread published the slot.</summary>
    [FieldOffset(24)]
    public long HandoffNs;

    /// <summary>UTC ns of the record (journal kinds).</summary>
    [FieldOffset(32)]
    public long UtcNs;

    /// <summary>The engine's next order id sequence (<see cref="OutboundKind.OrderSequence"/>).</summary>
    [FieldOffset(40)]
    public long NextOrderSequence;

    [FieldOffset(PayloadOffset)]
    public OutboundBody Body;

    [FieldOffset(PayloadOffset)]
    public FillEvent Fill;

    [FieldOffset(PayloadOffset)]
    public OrderSentRecord OrderSent;

    [FieldOffset(PayloadOffset)]
    public KillSwitchRecord KillSwitch;

    [FieldOffset(PayloadOffset)]
    public CollateralRecord Collateral;
}
