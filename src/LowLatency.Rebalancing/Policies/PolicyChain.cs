namespace LowLatency.Rebalancing.Policies;

/// <summary>
/// The policies of one portfolio evaluated in priority order — liquidation protection, target leverage, delta
/// hedging, target weights — as struct type parameters (the JIT specialises the whole chain, no virtual calls).
/// </summary>
/// <remarks>
/// How a higher-priority policy that acts constrains the lower ones (each policy sets this after its own intents,
/// through <see cref="DecisionOutput.Restrict"/>; the chain stops at <see cref="DecisionRestriction.Halt"/>):
/// <list type="bullet">
/// <item>Liquidation level 1 (collateral): lower policies run reduce-only — no delta hedge, weight trade or
/// lever-up may open or add to a position while the margin ratio is threatened.</item>
/// <item>Liquidation levels 2 and 3 (reduce, full): lower policies are not evaluated.</item>
/// <item>Leverage ripcord: lower policies are not evaluated. A de-levering campaign: lower policies run
/// reduce-only. Always: the weight policy may add gross exposure only up to Max·equity (the headroom), so
/// weights never push leverage over its band and the two never fight.</item>
/// <item>Any policy that emits on an underlying claims it for this decision: lower policies skip that
/// underlying and see the order as in flight on the next tick.</item>
/// </list>
/// </remarks>
public sealed class PolicyChain<TLiquidation, TLeverage, TDelta, TWeights>
    where TLiquidation : struct, IRebalancingPolicy
    where TLeverage : struct, IRebalancingPolicy
    where TDelta : struct, IRebalancingPolicy
    where TWeights : struct, IRebalancingPolicy
{
    private TLiquidation _liquidation;
    private TLeverage _leverage;
    private TDelta _delta;
    private TWeights _weights;

    public PolicyChain(TLiquidation liquidation, TLeverage leverage, TDelta delta, TWeights weights)
    {
        _liquidation = liquidation;
        _leverage = leverage;
        _delta = delta;
        _weights = weights;
    }

    // By reference: the policies are mutable structs living in this object.
    public ref TLiquidation Liquidation => ref _liquidation;

    public ref TLeverage Leverage => ref _leverage;

    public ref TDelta Delta => ref _delta;

    public ref TWeights Weights => ref _weights;

    /// <summary>Evaluates the chain for one tick (or for all underlyings when the context's slot is −1).</summary>
    public void Decide(in PolicyContext context, ref DecisionOutput output)
    {
        _liquidation.Decide(in context, ref output);
        if (output.Restriction == DecisionRestriction.Halt)
        {
            return;
        }

        _leverage.Decide(in context, ref output);
        if (output.Restriction == DecisionRestriction.Halt)
        {
            return;
        }

        _delta.Decide(in context, ref output);
        _weights.Decide(in context, ref output);
    }
}
