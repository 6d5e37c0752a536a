using LowLatency.Core.FixedPoint;
using LowLatency.Model.Orders;
using LowLatency.Venue.Config;
using LowLatency.Venue.Liquidity;
using LowLatency.Venue.Matching;
using LowLatency.Venue.Tests.Support;
using MathNet.Numerics.Random;

namespace LowLatency.Venue.Tests.Liquidity;

/// <summary>Instruments that follow a driver (spot / perpetual / future of one underlying): one shared move plus a small mean-reverting basis.</summary>
public sealed class FollowerTests
{
    [Fact]
    public void AFollowersBasisRevertsToItsMeanWithItsConfiguredSpreadWhileTheDriverWanders()
    {
        var (engine, simulator) = Build(Family(basis: 0.001, basisVolatility: 0.0005, halfLife: TimeSpan.FromMinutes(1)));
        var basis = new List<double>();
        double startDriver = simulator.FairPrice(0);

        for (int step = 0; step < 4_000; step++)
        {
            simulator.Step();
            basis.Add(Math.Log(simulator.FairPrice(1) / simulator.FairPrice(0)));
        }

        // Steps of 100 s simulated against a 60 s half-life: nearly independent draws, standard error ≈ 0.0005/√4000.
        Assert.InRange(basis.Average(), Math.Log(1.001) - 0.00005, Math.Log(1.001) + 0.00005);
        Assert.InRange(StandardDeviation(basis), 0.0005 * 0.93, 0.0005 * 1.07);
        Assert.True(Math.Abs(Math.Log(simulator.FairPrice(0) / startDriver)) > 0.02, "the driver itself moved");
        Assert.True(engine.Books[1].TryGetBest(Side.Buy, out BookLevel bid) && Math.Abs(bid.Price.ToDouble() / simulator.FairPrice(1) - 1) < 0.001, "makers quote the follower around its own fair price");
    }

    [Fact]
    public void TheBasisDecaysAtItsHalfLife()
    {
        var process = new BasisProcess(initial: 0.01, meanFraction: 0, stationaryStd: 0, halfLifeSeconds: 30, new Xoshiro256StarStar(1, threadSafe: false));

        process.Step(30);
        Assert.Equal(0.005, process.Value, 12);
        process.Step(60);
        Assert.Equal(0.00125, process.Value, 12);
    }

    [Fact]
    public void AShockMovesTheDriverAndItsFollowersButNotAnotherDriver()
    {
        VenueConfig config = Family(basis: 0.0005, basisVolatility: 0, halfLife: TimeSpan.FromMinutes(5)) with
        {
            Instruments = [.. Family(0.0005, 0, TimeSpan.FromMinutes(5)).Instruments, Instrument("ETH", "3000.00", underlying: null)],
        };
        var (_, simulator) = Build(config);
        double perp = simulator.FairPrice(1);
        double eth = simulator.FairPrice(2);

        simulator.Shock(0, Math.Log(1.10));

        Assert.Equal(perp * 1.10, simulator.FairPrice(1), 6);
        Assert.Equal(eth, simulator.FairPrice(2), 9);
    }

    [Fact]
    public void CorrelationsBetweenAFollowerAndAnythingAreRefused()
    {
        VenueConfig config = Family(0.0005, 0.0001, TimeSpan.FromMinutes(5)) with
        {
            Liquidity = new LiquidityConfig { Correlations = [new CorrelationConfig("BTC", "BTC-PERP", 0.9)] },
        };

        Assert.Contains(config.Validate(), e => e.Contains("follows another one's price", StringComparison.Ordinal));
        Assert.Contains((config with { Instruments = [Instrument("X", "10.00", underlying: "Y")] }).Validate(), e => e.Contains("Underlying 'Y' is not listed", StringComparison.Ordinal));
    }

    private static (MatchingEngine<RecordingListener> Engine, LiquiditySimulator<RecordingListener> Simulator) Build(VenueConfig config)
    {
        var engine = new MatchingEngine<RecordingListener>(config.BuildInstruments(), new RecordingListener(new EventLog()), config.BuildMatchingOptions());
        var simulator = new LiquiditySimulator<RecordingListener>(engine, config);
        simulator.Open();
        return (engine, simulator);
    }

    private static VenueConfig Family(double basis, double basisVolatility, TimeSpan halfLife) => new()
    {
        Name = "FAMILY",
        Instruments =
        [
            Instrument("BTC", "65000.00", underlying: null),
            Instrument("BTC-PERP", "65030.00", underlying: "BTC") with { Basis = basis, BasisVolatility = basisVolatility, BasisHalfLife = halfLife },
        ],
        Liquidity = new LiquidityConfig { Seed = 3, TimeAcceleration = 1_000, Taker = new TakerConfig { OrdersPerSecond = 0 } },
    };

    private static VenueInstrumentConfig Instrument(string symbol, string start, string? underlying) => new()
    {
        Symbol = symbol,
        TickSize = Price.Parse("0.01", 2),
        LotSize = Quantity.Parse("0.001", 3),
        PriceScale = 2,
        StartingPrice = Price.Parse(start, 2),
        Volatility = 0.8,
        Underlying = underlying,
    };

    private static double StandardDeviation(List<double> values)
    {
        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
