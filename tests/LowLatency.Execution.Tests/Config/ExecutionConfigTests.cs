using LowLatency.Core.FixedPoint;
using LowLatency.Execution.Config;
using LowLatency.Execution.Tests.Support;
using LowLatency.Model.Orders;
using LowLatency.Testing;

namespace LowLatency.Execution.Tests.Config;

public class ExecutionConfigTests
{
    [Fact]
    public void TheTestConfigurationIsValid() => Assert.Empty(TestSetup.Config().FindErrors());

    [Theory]
    [InlineData("MaxOrderQuantity", "Instruments[TEST].MaxOrderQuantity must be positive")]
    [InlineData("MaxOrderQuantityOffLot", "Instruments[BTC-PERP].MaxOrderQuantity (0.0015) has more decimals than the quantity scale 3")]
    [InlineData("MaxOrderNotional", "Instruments[TEST].MaxOrderNotional must be a positive number, got NaN")]
    [InlineData("MaxPosition", "Instruments[TEST].MaxPosition must be zero or positive, got -1")]
    [InlineData("Collar", "Instruments[TEST].PriceCollarBps must be within (0, 5000], got 6000")]
    [InlineData("MinAboveMax", "Instruments[TEST].MinOrderQuantity (200) must not exceed MaxOrderQuantity (100)")]
    [InlineData("Fee", "Venues[V1].TakerFeeBps must be within ±1000, got 2000")]
    [InlineData("Rate", "Venues[V1].OrdersPerSecond must be within 1..1000000, got 0")]
    [InlineData("Gross", "Risk.MaxGrossExposure must be a positive number, got -5")]
    [InlineData("OpenOrders", "Risk.MaxOpenOrders must be within 1..1000000, got 0")]
    [InlineData("Capacity", "Orders.Capacity must be a power of two within 16..4194304, got 1000")]
    [InlineData("Prefix", "Orders.ClOrdIdPrefix must be 0..12 ASCII characters without SOH, not ending in a digit, got 'ENGINE7'")]
    [InlineData("InFlight", "Orders.MaxInFlightPerOrder must be 1 or 2, got 3")]
    [InlineData("Stale", "Routing.StaleAfterNs must be positive, got 0")]
    [InlineData("PassiveTif", "Routing.PassiveTimeInForce must be Day or GoodTillCancel, got ImmediateOrCancel")]
    public void AnOutOfRangeValueIsRefusedWithAMessageNamingItsKey(string what, string message)
    {
        ExecutionConfig config = Broken(what);
        var error = Assert.Throws<ExecutionConfigException>(config.Validate);
        Assert.Contains(error.Errors, e => e.StartsWith(message, StringComparison.Ordinal));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemIsListedNotJustTheFirst()
    {
        ExecutionConfig config = TestSetup.Config(risk: TestSetup.Risk with { MaxOpenOrders = 0, MaxGrossExposure = 0 }) with
        {
            Orders = new OrderSettings { Capacity = 3 },
        };
        Assert.Equal(3, config.FindErrors().Count);
    }

    [Fact]
    public void DuplicateIdsAndSymbolsAreRefused()
    {
        ExecutionConfig config = TestSetup.Config() with
        {
            Instruments = [TestSetup.TestSettings, TestSetup.TestSettings],
            Venues = [TestSetup.Venues[0], TestSetup.Venues[0]],
        };
        IReadOnlyList<string> errors = config.FindErrors();
        Assert.Contains("Instruments[TEST].Id 3 is used twice", errors);
        Assert.Contains("Instruments[TEST].Symbol is used twice", errors);
        Assert.Contains("Venues[V1].Venue 1 is used twice", errors);
    }

    [Fact]
    public void TheEngineRefusesToStartWithAnInvalidConfiguration()
    {
        ExecutionConfig config = Broken("Rate");
        Assert.Throws<ExecutionConfigException>(() =>
            new LowLatency.Execution.Engine.ExecutionEngine<RecordingSink, RecordingListener>(config, new RecordingSink(new WireLog()), new RecordingListener(new ListenerLog()), new FakeClock()));
    }

    private static ExecutionConfig Broken(string what)
    {
        InstrumentSettings test = TestSetup.TestSettings;
        RiskLimits risk = TestSetup.Risk;
        IReadOnlyList<VenueSettings> venues = TestSetup.Venues;
        OrderSettings orders = new() { Capacity = 256, ClOrdIdPrefix = "T-" };
        RoutingSettings routing = new();
        InstrumentSettings btc = TestSetup.BtcSettings;
        switch (what)
        {
            case "MaxOrderQuantity": test = test with { MaxOrderQuantity = new Quantity(0, 0) }; break;
            case "MaxOrderQuantityOffLot": btc = btc with { MaxOrderQuantity = Quantity.Parse("0.0015", 4) }; break;
            case "MaxOrderNotional": test = test with { MaxOrderNotional = double.NaN }; break;
            case "MaxPosition": test = test with { MaxPosition = new Quantity(-1, 0) }; break;
            case "Collar": test = test with { PriceCollarBps = 6000 }; break;
            case "MinAboveMax": test = test with { MinOrderQuantity = new Quantity(200, 0) }; break;
            case "Fee": venues = [venues[0] with { TakerFeeBps = 2000 }, venues[1]]; break;
            case "Rate": venues = [venues[0] with { OrdersPerSecond = 0 }, venues[1]]; break;
            case "Gross": risk = risk with { MaxGrossExposure = -5 }; break;
            case "OpenOrders": risk = risk with { MaxOpenOrders = 0 }; break;
            case "Capacity": orders = orders with { Capacity = 1000 }; break;
            case "Prefix": orders = orders with { ClOrdIdPrefix = "ENGINE7" }; break;
            case "InFlight": orders = orders with { MaxInFlightPerOrder = 3 }; break;
            case "Stale": routing = routing with { StaleAfterNs = 0 }; break;
            case "PassiveTif": routing = routing with { PassiveTimeInForce = TimeInForce.ImmediateOrCancel }; break;
        }

        return new ExecutionConfig
        {
            Instruments = [btc, TestSetup.EthSettings, test],
            Venues = venues,
            Risk = risk,
            Orders = orders,
            Routing = routing,
        };
    }
}
