using LowLatency.Core.FixedPoint;
using LowLatency.Venue.Config;
using LowLatency.Venue.Hosting;

namespace LowLatency.Venue.Tests.Gateway.Support;

/// <summary>Venues for gateway tests: empty books (no synthetic liquidity), in memory, on ephemeral loopback ports.</summary>
internal static class TestHosts
{
    public static readonly string[] Clients = ["CLIENT1", "CLIENT2", "CLIENT3", "CLIENT4"];

    public static VenueHostOptions Options => new() { PortOverride = 0, InMemory = true, Liquidity = false };

    /// <summary>ACME (tick 0.01, lot 1) and BTC (tick 0.5, lot 0.001), maker -1 bps / taker 2.5 bps.</summary>
    public static VenueConfig Config(string name = "SIMX", FaultInjectionConfig? faults = null, TimeSpan addedLatency = default, bool cancelOnDisconnect = true) => new()
    {
        Name = name,
        Instruments =
        [
            new VenueInstrumentConfig { Symbol = "ACME", TickSize = Price.Parse("0.01", 2), LotSize = Quantity.Parse("1", 0), PriceScale = 2, StartingPrice = Price.Parse("100.00", 2) },
            new VenueInstrumentConfig { Symbol = "BTC", TickSize = Price.Parse("0.5", 1), LotSize = Quantity.Parse("0.001", 3), PriceScale = 1, StartingPrice = Price.Parse("30000.0", 1) },
        ],
        Fees = new FeeSchedule(MakerBps: -1, TakerBps: 2.5),
        Faults = faults ?? FaultInjectionConfig.None,
        AddedLatency = addedLatency,
        CancelOnDisconnect = cancelOnDisconnect,
        Liquidity = new LiquidityConfig { Enabled = false },
        MaxOpenOrdersPerInstrument = 4_096,
    };

    public static VenueHost Start(VenueConfig? config = null, VenueHostOptions? options = null) =>
        VenueHost.Start([SimulatedVenueDefinition.Create(config ?? Config(), (config ?? Config()).Name, Clients)], options ?? Options);
}
