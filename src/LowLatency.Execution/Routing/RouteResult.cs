namespace LowLatency.Execution.Routing;

/// <summary>
/// The router's answer: how many child orders it wrote, why nothing (or not everything) was routed, and the
/// quantity left unrouted (mantissa at the instrument's scale) for the policy to re-decide on the next tick.
/// </summary>
public readonly record struct RouteResult(int ChildCount, RouteReason Reason, long UnroutedQuantity);
