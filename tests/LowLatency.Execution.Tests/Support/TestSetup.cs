using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Execution.Config;
using LowLatency.Model.Instruments;

namespace LowLatency.Execution.Tests.Support;

/// <summary>Instruments, venues and limits shared by the tests; numbers chosen so thresholds are exact.</summary>
internal static class TestSetup
{
    public static readonly InstrumentId Btc = new(1);
    public static readonly InstrumentId Eth = new(2);

    /// <summary>"TEST": tick 0.01, lot 1, for risk thresholds in round numbers.</summary>
    public static readonly InstrumentId Test = new(3);

    public static readonly VenueId V1 = new(1);
    public static readonly VenueId V2 = new(2);
    public static readonly VenueId V3 = new(3);

    public static Instrument BtcInstrument { get; } = new()
    {
        Id = Btc,
        Symbol = "BTC-PERP",
        Kind = InstrumentKind.Perpetual,
        Underlying = Btc,
        TickSize = new Price(5, 1),
        LotSize = new Quantity(1, 3),
    };

    public static Instrument EthInstrument { get; } = new()
    {
        Id = Eth,
        Symbol = "ETH-PERP",
        Kind = InstrumentKind.Perpetual,
        Underlying = Eth,
        TickSize = new Price(1, 2),
        LotSize = new Quantity(1, 2),
    };

    public static Instrument TestInstrument { get; } = new()
    {
        Id = Test,
        Symbol = "TEST",
        Kind = InstrumentKind.Future,
        Underlying = Test,
        TickSize = new Price(1, 2),
        LotSize = new Quantity(1, 0),
    };

    public static InstrumentSettings BtcSettings { get; } = new()
    {
        Instrument = BtcInstrument,
        MaxOrderQuantity = Quantity.Parse("10", 3),
        MaxOrderNotional = 2_000_000,
        MaxPosition = Quantity.Parse("50", 3),
        PriceCollarBps = 100,
    };

    public static InstrumentSettings EthSettings { get; } = new()
    {
        Instrument = EthInstrument,
        MaxOrderQuantity = Quantity.Parse("100", 2),
        MaxOrderNotional = 1_000_000,
        MaxPosition = Quantity.Parse("1000", 2),
        PriceCollarBps = 200,
    };

    /// <summary>TEST limits: order ≤ 100 lots, notional ≤ 10,000, |position| ≤ 150, collar ±1% (100 bps).</summary>
    public static InstrumentSettings TestSettings { get; } = new()
    {
        Instrument = TestInstrument,
        MaxOrderQuantity = new Quantity(100, 0),
        MaxOrderNotional = 10_000,
        MaxPosition = new Quantity(150, 0),
        PriceCollarBps = 100,
        MinOrderQuantity = new Quantity(2, 0),
    };

    /// <summary>V1: maker 1 bp, taker 5 bp. V2: maker −0.5 bp (rebate), taker 2 bp. V3: maker 0, taker 10 bp.</summary>
    public static IReadOnlyList<VenueSettings> Venues { get; } =
    [
        new VenueSettings { Venue = V1, Name = "V1", MakerFeeBps = 1, TakerFeeBps = 5, OrdersPerSecond = 100_000, Burst = 10_000 },
        new VenueSettings { Venue = V2, Name = "V2", MakerFeeBps = -0.5, TakerFeeBps = 2, OrdersPerSecond = 100_000, Burst = 10_000 },
        new VenueSettings { Venue = V3, Name = "V3", MakerFeeBps = 0, TakerFeeBps = 10, OrdersPerSecond = 100_000, Burst = 10_000 },
    ];

    public static RiskLimits Risk { get; } = new()
    {
        MaxGrossExposure = 1e12,
        MaxOpenOrders = 1000,
        GlobalOrdersPerSecond = 1_000_000,
        GlobalBurst = 100_000,
        RejectsToTrip = 5,
        RejectWindowNs = 1_000_000_000,
    };

    public static ExecutionConfig Config(RiskLimits? risk = null, OrderSettings? orders = null, IReadOnlyList<VenueSettings>? venues = null,
        InstrumentSettings? test = null, RoutingSettings? routing = null) => new()
    {
        Instruments = [BtcSettings, EthSettings, test ?? TestSettings],
        Venues = venues ?? Venues,
        Risk = risk ?? Risk,
        Orders = orders ?? new OrderSettings { Capacity = 256, ClOrdIdPrefix = "T-" },
        Routing = routing ?? new RoutingSettings { StaleAfterNs = 1_000_000_000 },
    };
}
