using LowLatency.Execution.Risk;
using LowLatency.Execution.Routing;

namespace LowLatency.Execution.Engine;

/// <summary>
/// What became of one hedge intent: the router's verdict and unrouted quantity (mantissa), how many child orders went
/// out, how many risk refused and the first refusal's reason.
/// </summary>
public readonly record struct IntentResult(RouteReason Route, int Children, int Sent, int Refused, RiskReason FirstRefusal, long UnroutedQuantity)
{
    /// <summary>Every child order was sent.</summary>
    public bool AllSent => Children > 0 && Sent == Children;
}
