namespace LowLatency.Model.Orders;

/// <summary>Order side in the domain model (FIX Side(54) mapping lives in the venue gateways, not here).</summary>
public enum Side : byte
{
    Buy = 1,
    Sell = 2,
}
