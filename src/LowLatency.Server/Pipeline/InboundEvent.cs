using System.Runtime.InteropServices;
using LowLatency.Execution.Orders;
using LowLatency.Model.MarketData;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// The inbound ring slot: a tagged union of a venue's top of book (<see cref="MarketDataEvent"/>) and an order report
/// (<see cref="OrderReport"/>), plus the small timer/connectivity/control events. Preallocated by the ring and
/// filled in place by the session reader threads through the Execution mappers, so a tick crosses into the engine
/// without a copy or an allocation. Unmanaged: a slot can be journalled byte for byte and replayed.
/// </summary>
/// <remarks>
/// The two payloads overlap (explicit layout): a slot is ~270 bytes instead of ~470, so more of the ring stays in
/// cache. Only the member named by <see cref="Kind"/> is meaningful.
/// </remarks>
[StructLayout(LayoutKind.Explicit)]
public struct InboundEvent
{
    /// <summary>Byte offset of the payload union (keeps it 8-aligned after the header).</summary>
    public const int PayloadOffset = 32;

    [FieldOffset(0)]
    public InboundKind Kind;

    [FieldOffset(1)]
    public ControlCommand Control;

    /// <summary>Dense venue index (execution venue table) for VenueUp/VenueDown; -1 otherwise.</summary>
    [FieldOffset(4)]
    public int VenueIndex;

    /// <summary>Monotonic nanoseconds the event happened (bytes read, timer fired): the decision stage's clock.</summary>
    [FieldOffset(8)]
    public long TimestampNs;

    /// <summary>Control argument (e.g. the UTC offset of <see cref="ControlCommand.ClockSync"/>).</summary>
    [FieldOffset(16)]
    public long Argument;

    /// <summary>Position in the producer's stream (e.g. timer tick number), for diagnostics.</summary>
    [FieldOffset(24)]
    public long SourceSequence;

    [FieldOffset(PayloadOffset)]
    public MarketDataEvent MarketData;

    [FieldOffset(PayloadOffset)]
    public OrderReport Report;

    [FieldOffset(PayloadOffset)]
    public SendFailure Failure;
}
