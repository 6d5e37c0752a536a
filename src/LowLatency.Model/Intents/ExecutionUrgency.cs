namespace LowLatency.Model.Intents;

/// <summary>How aggressively the router works a hedge intent.</summary>
public enum ExecutionUrgency : byte
{
    /// <summary>Rest at the best price on our side; cheapest, may not fill.</summary>
    Passive = 0,

    /// <summary>Cross the spread with an immediate-or-cancel limit order (bounded slippage).</summary>
    Aggressive = 1,

    /// <summary>De-risk now (ripcord, liquidation): take liquidity across venues until done.</summary>
    Immediate = 2,
}
