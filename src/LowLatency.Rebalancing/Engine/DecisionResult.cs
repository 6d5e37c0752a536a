using LowLatency.Rebalancing.Policies;

namespace LowLatency.Rebalancing.Engine;

/// <summary>What one decision wrote into the caller's spans, and the restriction the chain ended with.</summary>
public readonly record struct DecisionResult(int Intents, int Transfers, int Dropped, DecisionRestriction Restriction)
{
    /// <summary>True when the decision produced anything to act on.</summary>
    public bool Acted => Intents != 0 || Transfers != 0;
}
