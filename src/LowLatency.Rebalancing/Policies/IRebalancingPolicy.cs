namespace LowLatency.Rebalancing.Policies;

/// <summary>
/// A rebalancing rule on the hot path. Implemented by structs and composed through generic parameters
/// (<see cref="PolicyChain{TLiquidation, TLeverage, TDelta, TWeights}"/>) so the JIT specialises and inlines each
/// policy: no virtual call, no allocation. State lives in the struct or in arrays it preallocated.
/// </summary>
/// <remarks>
/// Contract: read the context, append intents and collateral transfers to
/// the output (a full output drops and counts, never throws), honour
/// <see cref="DecisionOutput.Restriction"/> set by higher-priority policies, and tighten it for lower ones.
/// No allocation, no exceptions, no clock reads: time comes in the context.
/// </remarks>
public interface IRebalancingPolicy
{
    void Decide(in PolicyContext context, ref DecisionOutput output);
}
