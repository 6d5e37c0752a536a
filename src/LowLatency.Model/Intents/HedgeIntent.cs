using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Orders;

namespace LowLatency.Model.Intents;

/// <summary>
/// A rebalancing decision: trade this much of this instrument, and why. Produced by the policies
/// (LowLatency.Rebalancing), checked by pre-trade risk and routed by LowLatency.Execution; a value type
/// so it travels through rings and journals without allocation. The reason fields are what the
/// journal, logs and dashboard show.
/// </summary>
public readonly record struct HedgeIntent
{
    public required InstrumentId Instrument { get; init; }

    public required Side Side { get; init; }

    /// <summary>Positive quantity at the instrument's quantity scale, already rounded to lots.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>How to work it: post passively, cross the spread, or at once whatever it costs.</summary>
    public required ExecutionUrgency Urgency { get; init; }

    /// <summary>Worst acceptable price; <c>default</c> (scale 0, mantissa 0) when the router may choose.</summary>
    public Price LimitPrice { get; init; }

    /// <summary>Which rule fired.</summary>
    public required RebalanceReason Reason { get; init; }

    /// <summary>Index of the policy instance (per portfolio configuration) that decided.</summary>
    public int PolicyId { get; init; }

    /// <summary>The measured value that triggered the rule (delta, leverage, margin ratio, weight …).</summary>
    public double Observed { get; init; }

    /// <summary>The threshold it was compared with.</summary>
    public double Threshold { get; init; }

    /// <summary>The value the trade aims for.</summary>
    public double Target { get; init; }

    /// <summary>Monotonic nanoseconds of the tick that caused the decision (tick-to-order latency).</summary>
    public long DecisionTimestampNs { get; init; }

    public bool HasLimitPrice => LimitPrice.Mantissa != 0 || LimitPrice.Scale != 0;
}
