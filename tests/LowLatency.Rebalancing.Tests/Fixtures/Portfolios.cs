using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Exposure;
using LowLatency.Rebalancing.Config;

namespace LowLatency.Rebalancing.Tests.Fixtures;

/// <summary>Reference portfolios built in code: a BTC-like underlying with spot, perpetual, future and options, and an ETH-like one.</summary>
internal static class Portfolios
{
    public static readonly DateTime Start = new(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc);
    public static readonly long StartNs = YearFraction.ToUnixNanoseconds(Start);
    public static readonly InstrumentId Btc = new(1);
    public static readonly InstrumentId BtcPerp = new(2);
    public static readonly InstrumentId BtcFuture = new(3);
    public static readonly InstrumentId BtcCall = new(10);
    public static readonly InstrumentId BtcPut = new(11);
    public static readonly InstrumentId Eth = new(20);
    public static readonly InstrumentId EthPerp = new(21);

    public static PortfolioInstrumentConfig Linear(int id, string symbol, InstrumentKind kind, string underlying, double quantity = 0, double spread = 1.0, double fee = 0.0002, double multiplier = 1, string lot = "0.001") => new()
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
        FeeRate = fee,
        DailyVolume = 50_000,
        DailyVolatility = 0.03,
        ImpactCoefficient = 0.5,
        Expiry = kind == InstrumentKind.Future ? Start.AddDays(90) : null,
    };

    public static PortfolioInstrumentConfig Option(int id, string symbol, string underlying, OptionRight right, double strike, double days, double quantity, double volatility = 0.6) => new()
    {
        Id = id,
        Symbol = symbol,
        Kind = InstrumentKind.Option,
        Underlying = underlying,
        TickSize = Price.Parse("0.1", 1),
        LotSize = Quantity.Parse("0.1", 1),
        Strike = strike,
        Expiry = Start.AddDays(days),
        Right = right,
        Quantity = quantity,
        Volatility = volatility,
        Spread = 20,
        FeeRate = 0.0003,
    };

    /// <summary>BTC spot/perp/future; a short straddle-like option book on BTC (−20 calls, −20 puts at 60k); ETH spot and perp.</summary>
    public static List<PortfolioInstrumentConfig> Instruments(double calls = -20, double puts = -20, double optionDays = 30) =>
    [
        Linear(1, "BTC", InstrumentKind.Spot, "BTC", spread: 2.0, fee: 0.0004),
        Linear(2, "BTC-PERP", InstrumentKind.Perpetual, "BTC", spread: 1.0, fee: 0.0002),
        Linear(3, "BTC-FUT", InstrumentKind.Future, "BTC", spread: 5.0, fee: 0.0002, multiplier: 0.01, lot: "1"),
        Option(10, "BTC-C-60000", "BTC", OptionRight.Call, 60_000, optionDays, calls),
        Option(11, "BTC-P-60000", "BTC", OptionRight.Put, 60_000, optionDays, puts),
        Linear(20, "ETH", InstrumentKind.Spot, "ETH", spread: 0.2, fee: 0.0004),
        Linear(21, "ETH-PERP", InstrumentKind.Perpetual, "ETH", spread: 0.1, fee: 0.0002, lot: "0.01"),
    ];

    public static DeltaHedgeConfig BtcDelta(DeltaBandKind band = DeltaBandKind.Fixed, double halfWidth = 0.5) => new()
    {
        Underlying = "BTC",
        Hedges = ["BTC-PERP", "BTC", "BTC-FUT"],
        Band = band,
        HalfWidth = band == DeltaBandKind.Fixed ? halfWidth : 0,
        RiskAversion = 1e-4,
        MinHalfWidth = 0.05,
        MaxHalfWidth = 10,
        Urgency = Model.Intents.ExecutionUrgency.Aggressive,
    };

    /// <summary>Delta-hedged BTC option book, 5M cash, no other policy.</summary>
    public static PortfolioConfig DeltaOnly(DeltaHedgeConfig? delta = null, double cash = 5_000_000, IReadOnlyList<PortfolioInstrumentConfig>? instruments = null) => new()
    {
        Name = "test",
        Cash = cash,
        Instruments = instruments ?? Instruments(),
        Deltas = [delta ?? BtcDelta()],
        Impact = new ImpactConfig { MaxImpactBps = 0, MaxSlippageBps = 20 },
    };
}
