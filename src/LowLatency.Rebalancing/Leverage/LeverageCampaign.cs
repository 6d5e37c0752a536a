namespace LowLatency.Rebalancing.Leverage;

/// <summary>What the target-leverage policy is doing: nothing, or moving leverage back to target in chunks.</summary>
public enum LeverageCampaign : byte
{
    None = 0,

    /// <summary>Leverage went above Max: legs are reduced pro rata until it is back at Target.</summary>
    Delever = 1,

    /// <summary>Leverage went below Min: legs are increased pro rata until it is back at Target.</summary>
    Lever = 2,
}
