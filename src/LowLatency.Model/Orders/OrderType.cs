namespace LowLatency.Model.Orders;

/// <summary>Order type understood by the router and the simulated venues.</summary>
public enum OrderType : byte
{
    Market = 1,
    Limit = 2,
}
