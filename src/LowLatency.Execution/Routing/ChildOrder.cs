using LowLatency.Core.Ids;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;

namespace LowLatency.Execution.Routing;

/// <summary>
/// One order the router wants on one venue, before pre-trade risk: dense instrument/venue indexes for the hot
/// path, ids for listeners and logs, price and quantity as mantissas at the instrument's scales, and the intent's
/// reason so every child can be traced to the rule that caused it.
/// </summary>
public struct ChildOrder
{
    public int InstrumentIndex;
    public int VenueIndex;
    public InstrumentId Instrument;
    public VenueId Venue;
    public Side Side;
    public OrderType Type;
    public TimeInForce TimeInForce;

    /// <summary>Limit price mantissa at the instrument's price scale.</summary>
    public long Price;

    /// <summary>Quantity mantissa at the instrument's quantity scale (a positive multiple of the lot).</summary>
    public long Quantity;

    public ExecutionUrgency Urgency;
    public RebalanceReason Reason;
    public int PolicyId;

    /// <summary>Monotonic ns of the tick behind the decision (tick-to-order latency).</summary>
    public long DecisionTimestampNs;
}
