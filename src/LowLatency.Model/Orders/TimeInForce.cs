namespace LowLatency.Model.Orders;

/// <summary>How long an order rests: IOC/FOK never rest, FOK fills completely or not at all.</summary>
public enum TimeInForce : byte
{
    Day = 0,
    GoodTillCancel = 1,
    ImmediateOrCancel = 3,
    FillOrKill = 4,
}
