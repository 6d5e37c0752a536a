namespace LowLatency.Rebalancing.Policies;

/// <summary>An empty chain position: a portfolio without, say, a leverage policy composes this and the JIT removes the call.</summary>
public struct NoPolicy : IRebalancingPolicy
{
    public readonly void Decide(in PolicyContext context, ref DecisionOutput output)
    {
    }
}
