using LowLatency.Core.Ids;

namespace LowLatency.Execution.Instruments;

/// <summary>One venue as the router and risk see it: id, name, fees and throttle, copied from the configuration.</summary>
public readonly struct VenueInfo
{
    internal VenueInfo(VenueId id, string name, double makerFeeBps, double takerFeeBps, int ordersPerSecond, int burst)
    {
        Id = id;
        Name = name;
        MakerFeeBps = makerFeeBps;
        TakerFeeBps = takerFeeBps;
        OrdersPerSecond = ordersPerSecond;
        Burst = burst;
        TakerFeeRate = takerFeeBps / 10_000.0;
        MakerFeeRate = makerFeeBps / 10_000.0;
    }

    public VenueId Id { get; }

    public string Name { get; }

    public double MakerFeeBps { get; }

    public double TakerFeeBps { get; }

    /// <summary>Taker fee as a fraction of notional (bps / 10,000).</summary>
    public double TakerFeeRate { get; }

    /// <summary>Maker fee as a fraction of notional.</summary>
    public double MakerFeeRate { get; }

    public int OrdersPerSecond { get; }

    public int Burst { get; }
}
