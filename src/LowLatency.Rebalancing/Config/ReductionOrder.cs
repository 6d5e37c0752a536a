namespace LowLatency.Rebalancing.Config;

/// <summary>Which positions liquidation protection closes first when it reduces exposure.</summary>
public enum ReductionOrder : byte
{
    /// <summary>Most negative unrealised P&amp;L first (cut losers, keep winners).</summary>
    LosingFirst = 0,

    /// <summary>Largest maintenance margin first (frees the most margin per order).</summary>
    LargestMarginFirst = 1,
}
