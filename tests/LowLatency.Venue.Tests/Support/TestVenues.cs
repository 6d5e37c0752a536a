using LowLatency.Core.FixedPoint;
using LowLatency.Venue.Config;

namespace LowLatency.Venue.Tests.Support;

/// <summary>Valid venue configurations for tests to start from and break one key at a time.</summary>
internal static class TestVenues
{
    public static VenueConfig Demo(int seed = 1) => new()
    {
        Name = "SIM-A",
        Instruments =
        [
            new VenueInstrumentConfig
            {
                Symbol = "AAA",
                TickSize = Price.Parse("0.01", 2),
                LotSize = Quantity.Parse("1", 0),
                PriceScale = 2,
                StartingPrice = Price.Parse("100.00", 2),
                Volatility = 0.5,
            },
            new VenueInstrumentConfig
            {
                Symbol = "BBB",
                TickSize = Price.Parse("0.5", 1),
                LotSize = Quantity.Parse("0.001", 3),
                PriceScale = 1,
                StartingPrice = Price.Parse("30000.0", 1),
                Volatility = 0.8,
                JumpIntensity = 20,
                JumpMean = -0.01,
                JumpVolatility = 0.02,
            },
        ],
        Fees = new FeeSchedule(MakerBps: -0.5, TakerBps: 2.5),
        AddedLatency = TimeSpan.FromMicroseconds(50),
        Liquidity = new LiquidityConfig
        {
            Seed = seed,
            TimeAcceleration = 1_000,
            DefaultCorrelation = 0.5,
        },
        MaxOpenOrdersPerInstrument = 4_096,
    };
}
