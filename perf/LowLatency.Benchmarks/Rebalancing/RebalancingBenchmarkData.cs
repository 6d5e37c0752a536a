using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Exposure;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Engine;

namespace LowLatency.Benchmarks.Rebalancing;

/// <summary>
/// The demo composition built in code (the benchmarks do not reference the server's file loader): a BTC option
/// book delta-hedged with a gamma-aware band over spot, perpetual and future; an ETH weight target; a leverage
/// guard on ETH-PERP; liquidation protection. Every policy is live on every decision.
/// </summary>
internal static class RebalancingBenchmarkData
{
    public static readonly InstrumentId Btc = new(1);
    public static readonly InstrumentId BtcPerp = new(2);
    public static readonly InstrumentId Eth = new(20);
    public static readonly DateTime Now = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly long NowNs = YearFraction.ToUnixNanoseconds(Now);

    private static PortfolioInstrumentConfig Linear(int id, string symbol, InstrumentKind kind, string underlying, double quantity = 0, double spread = 1, double multiplier = 1, string lot = "0.001") => new()
    {
        Id = id,
        Symbol = symbol,
        Kind = kind,
        Underlying = underlying,
        TickSize = Price.Parse("0.01", 2),
        LotSize = Quantity.Parse(lot, lot.Contains('.') ? lot.Length - lot.IndexOf('.') - 1 : 0),
        Multiplier = multiplier,
        Quantity = quantity,
        Spread = spread,
        FeeRate = 0.0002,
        DailyVolume = 100_000,
        DailyVolatility = 0.03,
        ImpactCoefficient = 0.7,
        Expiry = kind == InstrumentKind.Future ? Now.AddDays(120) : null,
    };

    private static PortfolioInstrumentConfig Option(int id, string underlying, OptionRight right, double strike, double days, double quantity) => new()
    {
        Id = id,
        Symbol = $"{underlying}-{(right == OptionRight.Call ? 'C' : 'P')}-{strike}-{days}",
        Kind = InstrumentKind.Option,
        Underlying = underlying,
        TickSize = Price.Parse("0.5", 1),
        LotSize = Quantity.Parse("0.1", 1),
        Strike = strike,
        Expiry = Now.AddDays(days),
        Right = right,
        Quantity = quantity,
        Volatility = 0.6,
        Spread = 40,
    };

    public static PortfolioConfig Config() => new()
    {
        Name = "bench",
        Cash = 2_000_000,
        Instruments =
        [
            Linear(1, "BTC", InstrumentKind.Spot, "BTC", spread: 2),
            Linear(2, "BTC-PERP", InstrumentKind.Perpetual, "BTC"),
            Linear(3, "BTC-FUT", InstrumentKind.Future, "BTC", spread: 5, multiplier: 0.01, lot: "1"),
            Option(10, "BTC", OptionRight.Call, 65_000, 30, -10),
            Option(11, "BTC", OptionRight.Put, 55_000, 30, -10),
            Option(12, "BTC", OptionRight.Call, 75_000, 90, 5),
            Option(13, "BTC", OptionRight.Put, 45_000, 90, 5),
            Linear(20, "ETH", InstrumentKind.Spot, "ETH", spread: 0.2, lot: "0.01"),
            Linear(21, "ETH-PERP", InstrumentKind.Perpetual, "ETH", quantity: 150, spread: 0.1, lot: "0.01"),
        ],
        Deltas =
        [
            new DeltaHedgeConfig
            {
                Underlying = "BTC",
                Hedges = ["BTC-PERP", "BTC", "BTC-FUT"],
                Band = DeltaBandKind.GammaAware,
                RiskAversion = 1e-4,
                MinHalfWidth = 0.05,
                MaxHalfWidth = 5,
            },
        ],
        Targets = [new WeightTargetConfig { Underlying = "ETH", Instrument = "ETH-PERP", Weight = 0.2 }],
        Leverage = new LeverageConfig { Legs = ["ETH-PERP"], Min = 0, Target = 2, Max = 3, Ripcord = 4.5 },
        Liquidation = new LiquidationConfig { Reserve = 250_000 },
        Impact = new ImpactConfig { MaxImpactBps = 25 },
    };

    /// <summary>An engine with both underlyings priced and its starting hedges filled (so the book sits inside every band).</summary>
    public static RebalancingEngine Engine()
    {
        RebalancingEngine engine = RebalancingEngine.Create(Config());
        engine.Book.OnTick(Eth, 3_000, NowNs);
        engine.Book.OnTick(Btc, 60_000, NowNs);
        var intents = new Model.Intents.HedgeIntent[64];
        var transfers = new Model.Intents.CollateralTransfer[8];
        for (int round = 0; round < 3; round++)
        {
            DecisionResult result = engine.DecideAll(NowNs, NowNs, intents, transfers);
            for (int i = 0; i < result.Intents; i++)
            {
                double signed = (intents[i].Side == Model.Orders.Side.Buy ? 1 : -1) * intents[i].Quantity.ToDouble();
                engine.ApplyFill(intents[i].Instrument, signed, intents[i].Instrument == Eth || intents[i].Instrument.Value == 21 ? 3_000 : 60_000);
            }
        }

        return engine;
    }
}
