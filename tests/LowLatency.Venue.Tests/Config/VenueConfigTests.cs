using LowLatency.Core.FixedPoint;
using LowLatency.Model.Instruments;
using LowLatency.Model.Orders;
using LowLatency.Venue.Config;
using LowLatency.Venue.Tests.Support;

namespace LowLatency.Venue.Tests.Config;

public class VenueConfigTests
{
    [Fact]
    public void AValidConfigurationHasNoErrorsAndBuildsInstrumentsInListOrder()
    {
        VenueConfig config = TestVenues.Demo();

        Assert.Empty(config.Validate());
        IReadOnlyList<Instrument> instruments = config.BuildInstruments();

        Assert.Equal(["AAA", "BBB"], instruments.Select(i => i.Symbol));
        Assert.Equal([0, 1], instruments.Select(i => i.Id.Value));
        Assert.Equal((2, 0), (instruments[0].PriceScale, instruments[0].QuantityScale));
        Assert.Equal(4_096, config.BuildMatchingOptions().MaxOpenOrdersPerInstrument);
    }

    [Fact]
    public void ATickGivenAtACoarserScaleIsRescaledToThePriceScale()
    {
        VenueConfig config = TestVenues.Demo() with
        {
            Instruments = [TestVenues.Demo().Instruments[0] with { TickSize = Price.Parse("0.5", 1), PriceScale = 3, StartingPrice = Price.Parse("100.5", 1) }],
        };

        Instrument instrument = Assert.Single(config.BuildInstruments());

        Assert.Equal(3, instrument.PriceScale);
        Assert.Equal(500, instrument.TickSize.Mantissa);
    }

    public static TheoryData<string, string> BrokenConfigurations() => new()
    {
        { "name", "Name must not be empty" },
        { "no-instruments", "Instruments must list at least one instrument" },
        { "duplicate-symbol", "Symbol 'AAA' is listed twice" },
        { "symbol-space", "Instruments[0] 'A A': Symbol must be 1..64 printable ASCII characters" },
        { "tick-zero", "Instruments[0] 'AAA': TickSize must be positive" },
        { "tick-finer-than-scale", "TickSize 0.001 has more decimals than PriceScale 2" },
        { "scale", "PriceScale must be 0..18, got 19" },
        { "lot-zero", "LotSize must be positive" },
        { "start-off-tick", "StartingPrice 100.05 is not a multiple of TickSize 0.1" },
        { "start-negative", "StartingPrice must be positive" },
        { "volatility", "Volatility is annualised and must be within 0..10" },
        { "jumps", "JumpIntensity (jumps per year) must be 0 or positive" },
        { "fees", "Fees.TakerBps must be a number within ±1000" },
        { "fee-rebate-too-big", "Fees.MakerBps + Fees.TakerBps must not be negative" },
        { "latency", "AddedLatency must be between 0 and 10 s" },
        { "capacity", "MaxOpenOrdersPerInstrument must be 1..16777216, got 0" },
        { "drop-every-1", "Faults.DropEveryNthMessage must be 0 (off) or at least 2, got 1" },
        { "reject-negative", "Faults.RejectEveryNthOrder must be 0 (off) or positive, got -2" },
        { "delay", "Faults.MessageDelay must be between 0 and 60 s" },
        { "step", "Liquidity.StepInterval must be between 1 ms and 1 h" },
        { "correlation-unknown", "Liquidity.Correlations 'AAA'/'ZZZ' names a symbol the venue does not list" },
        { "correlation-range", "Rho must be within [-1, 1], got 1.5" },
        { "not-positive-definite", "Liquidity correlations do not form a valid correlation matrix: the matrix is not positive definite" },
        { "maker-levels", "Maker.Levels must be 1..50, got 0" },
        { "taker-lots", "Taker lots need 1 <= MinLots <= MaxLots, got 5..2" },
        { "maker-capacity", "Liquidity.Maker.Levels × 2 = 20 exceeds MaxOpenOrdersPerInstrument 8" },
    };

    [Theory]
    [MemberData(nameof(BrokenConfigurations))]
    public void EachInvalidSettingIsReportedWithTheVenueAndKeyNamed(string breakage, string expectedMessage)
    {
        VenueConfig config = Break(TestVenues.Demo(), breakage);

        IReadOnlyList<string> errors = config.Validate();

        Assert.Contains(errors, e => e.Contains(expectedMessage, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.StartsWith("venue", e));
        if (breakage != "name")
        {
            Assert.All(errors, e => Assert.StartsWith("venue 'SIM-A'", e));
        }

        var exception = Assert.Throws<VenueConfigException>(config.EnsureValid);
        Assert.Contains(expectedMessage, exception.Message, StringComparison.Ordinal);
        Assert.Throws<VenueConfigException>(() => config.BuildInstruments());
    }

    [Fact]
    public void EveryProblemIsReportedAtOnceNotJustTheFirst()
    {
        VenueConfig config = TestVenues.Demo() with { AddedLatency = TimeSpan.FromMinutes(1), MaxOpenOrdersPerInstrument = 0, Fees = new FeeSchedule(double.NaN, 1) };

        var exception = Assert.Throws<VenueConfigException>(config.EnsureValid);

        Assert.Contains(exception.Errors, e => e.Contains("AddedLatency", StringComparison.Ordinal));
        Assert.Contains(exception.Errors, e => e.Contains("MaxOpenOrdersPerInstrument must be", StringComparison.Ordinal));
        Assert.Contains(exception.Errors, e => e.Contains("Fees.MakerBps", StringComparison.Ordinal));
        Assert.Contains(exception.Errors, e => e.Contains("exceeds MaxOpenOrdersPerInstrument 0", StringComparison.Ordinal));
        Assert.Equal(4, exception.Errors.Count);
        Assert.Equal(exception.Errors.Count, exception.Message.Split('\n').Length - 1);
    }

    [Fact]
    public void AVenueWithoutLiquiditySkipsTheLiquiditySettings()
    {
        VenueConfig config = TestVenues.Demo() with { Liquidity = new LiquidityConfig { Enabled = false, StepInterval = TimeSpan.Zero } };

        Assert.Empty(config.Validate());
    }

    [Fact]
    public void FeesChargeTakersAndRebateMakersInBasisPointsOfNotional()
    {
        var fees = new FeeSchedule(MakerBps: -0.5, TakerBps: 2.5);
        Price price = Price.Parse("100.00", 2);
        Quantity quantity = Quantity.Parse("10", 0);

        Assert.Equal(0.25, fees.Commission(price, quantity, LiquidityIndicator.Taker), 12);
        Assert.Equal(-0.05, fees.Commission(price, quantity, LiquidityIndicator.Maker), 12);
        Assert.Equal(0, fees.Commission(price, quantity, LiquidityIndicator.None));
    }

    private static VenueConfig Break(VenueConfig c, string breakage)
    {
        VenueInstrumentConfig a = c.Instruments[0];
        VenueConfig WithA(VenueInstrumentConfig changed) => c with { Instruments = [changed, c.Instruments[1]] };
        return breakage switch
        {
            "name" => c with { Name = " " },
            "no-instruments" => c with { Instruments = [] },
            "duplicate-symbol" => c with { Instruments = [a, a] },
            "symbol-space" => WithA(a with { Symbol = "A A" }),
            "tick-zero" => WithA(a with { TickSize = Price.Parse("0", 0) }),
            "tick-finer-than-scale" => WithA(a with { TickSize = Price.Parse("0.001", 3) }),
            "scale" => WithA(a with { PriceScale = 19 }),
            "lot-zero" => WithA(a with { LotSize = Quantity.Parse("0", 0) }),
            "start-off-tick" => WithA(a with { TickSize = Price.Parse("0.1", 1), StartingPrice = Price.Parse("100.05", 2) }),
            "start-negative" => WithA(a with { StartingPrice = Price.Parse("-1", 0) }),
            "volatility" => WithA(a with { Volatility = -0.1 }),
            "jumps" => WithA(a with { JumpIntensity = -1 }),
            "fees" => c with { Fees = new FeeSchedule(0, 5_000) },
            "fee-rebate-too-big" => c with { Fees = new FeeSchedule(-3, 2) },
            "latency" => c with { AddedLatency = TimeSpan.FromSeconds(-1) },
            "capacity" => c with { MaxOpenOrdersPerInstrument = 0 },
            "drop-every-1" => c with { Faults = new FaultInjectionConfig { DropEveryNthMessage = 1 } },
            "reject-negative" => c with { Faults = new FaultInjectionConfig { RejectEveryNthOrder = -2 } },
            "delay" => c with { Faults = new FaultInjectionConfig { MessageDelay = TimeSpan.FromMinutes(5) } },
            "step" => c with { Liquidity = c.Liquidity with { StepInterval = TimeSpan.Zero } },
            "correlation-unknown" => c with { Liquidity = c.Liquidity with { Correlations = [new CorrelationConfig("AAA", "ZZZ", 0.1)] } },
            "correlation-range" => c with { Liquidity = c.Liquidity with { Correlations = [new CorrelationConfig("AAA", "BBB", 1.5)] } },
            "not-positive-definite" => c with
            {
                Instruments = [a, c.Instruments[1], a with { Symbol = "CCC" }],
                Liquidity = c.Liquidity with
                {
                    Correlations = [new CorrelationConfig("AAA", "BBB", 0.9), new CorrelationConfig("AAA", "CCC", 0.9), new CorrelationConfig("BBB", "CCC", -0.9)],
                },
            },
            "maker-levels" => c with { Liquidity = c.Liquidity with { Maker = new MakerConfig { Levels = 0 } } },
            "taker-lots" => c with { Liquidity = c.Liquidity with { Taker = new TakerConfig { MinLots = 5, MaxLots = 2 } } },
            "maker-capacity" => c with { MaxOpenOrdersPerInstrument = 8, Liquidity = c.Liquidity with { Maker = new MakerConfig { Levels = 10 } } },
            _ => throw new ArgumentOutOfRangeException(nameof(breakage), breakage, null),
        };
    }
}
