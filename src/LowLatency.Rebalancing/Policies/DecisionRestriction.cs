namespace LowLatency.Rebalancing.Policies;

/// <summary>
/// What a higher-priority policy that acted imposes on the policies after it in the chain (the restriction only
/// ever tightens within one decision).
/// </summary>
public enum DecisionRestriction : byte
{
    /// <summary>Lower policies act freely.</summary>
    None = 0,

    /// <summary>Lower policies may only shrink |position| of an instrument; orders that would open or add are clipped or dropped.</summary>
    ReduceOnly = 1,

    /// <summary>Lower policies are not evaluated (ripcord, liquidation reduce and full levels).</summary>
    Halt = 2,
}
