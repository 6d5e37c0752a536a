using System.Runtime.CompilerServices;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// Inline bytes of one FIX body (tag=value fields after the header) in an outbound slot: the decision thread writes
/// the fields, the sender stage hands them to the session, which adds header, sequence number and checksum.
/// 256 bytes holds any order message the engine sends (a NewOrderSingle body is ~110 bytes).
/// </summary>
[InlineArray(Length)]
public struct OutboundBody
{
    public const int Length = 256;

    private byte _b0;
}
