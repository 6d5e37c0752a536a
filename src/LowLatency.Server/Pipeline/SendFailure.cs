using LowLatency.Execution.Orders;
using LowLatency.Fix.Session;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// A message the sender stage could not hand to its session (logged out in between, back-pressure): reported back to
/// the decision thread, which answers it as the venue would have (a local business reject), so the order table and
/// the policies' in-flight quantities stay right.
/// </summary>
public struct SendFailure
{
    public int VenueIndex;
    public byte MsgType;
    public FixSendResult Result;

    /// <summary>ClOrdID(11) of the refused message, as on the wire.</summary>
    public VenueOrderId ClOrdId;
}
