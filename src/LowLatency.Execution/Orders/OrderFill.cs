using LowLatency.Model.Orders;

namespace LowLatency.Execution.Orders;

/// <summary>The fill a report applied to an order, in table terms (dense indexes, mantissas); the engine prices the fee and builds the FillEvent.</summary>
internal struct OrderFill
{
    public int Slot;
    public int Instrument;
    public int Venue;
    public Side Side;
    public long Quantity;
    public long Price;
    public long ClOrdId;
    public ulong ExecIdHash;
    public long TransactTimeUtcNs;
    public LiquidityIndicator Liquidity;
    public bool HasCommission;
    public double Commission;
}
