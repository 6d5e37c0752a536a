using LowLatency.Model.Instruments;
using LowLatency.Quant.Exposure;
using LowLatency.Rebalancing.Config;

namespace LowLatency.Rebalancing.Tests.Fixtures;

/// <summary>
/// A margined book for liquidation protection: 100 ETH-PERP bought at 3 000 (losing as ETH falls) and 5 BTC-PERP
/// bought at 50 000 (winning at 60 000), cash −450 000, perpetual maintenance 10%. With BTC at 60 000:
/// equity = 100·S − 150 000, maintenance = 10·S + 30 000, so MR = 1.6 at S ≈ 2 357, 1.3 at ≈ 2 172, 1.1 at ≈ 2 056.
/// </summary>
internal static class MarginBook
{
    public static LiquidationConfig Liquidation => new()
    {
        AddCollateralBelow = 1.6,
        ReduceBelow = 1.3,
        FullBelow = 1.1,
        Hysteresis = 0.1,
        Reserve = 20_000,
        CollateralTarget = 2.0,
        ReduceTarget = 1.6,
        RetryInterval = TimeSpan.FromSeconds(1),
    };

    public static List<PortfolioInstrumentConfig> Instruments(double btcSpot = 0) =>
    [
        Portfolios.Linear(1, "BTC", InstrumentKind.Spot, "BTC", quantity: btcSpot, spread: 0, fee: 0),
        Portfolios.Linear(2, "BTC-PERP", InstrumentKind.Perpetual, "BTC", quantity: 5, spread: 0, fee: 0) with { EntryPrice = 50_000 },
        Portfolios.Linear(20, "ETH", InstrumentKind.Spot, "ETH", spread: 0, fee: 0),
        Portfolios.Linear(21, "ETH-PERP", InstrumentKind.Perpetual, "ETH", quantity: 100, spread: 0, fee: 0, lot: "0.01") with { EntryPrice = 3_000 },
    ];

    public static PortfolioConfig Config(LiquidationConfig? liquidation = null, double btcSpot = 0) => new()
    {
        Name = "margined",
        Cash = -450_000 - btcSpot * 60_000,
        Instruments = Instruments(btcSpot),
        Margins = [new MarginConfig { Underlying = "*", Parameters = MarginParameters.Default with { PerpetualInitialRate = 0.2, PerpetualMaintenanceRate = 0.1 } }],
        Liquidation = liquidation ?? Liquidation,
        Impact = new ImpactConfig { MaxImpactBps = 0 },
    };

    /// <summary>A harness with BTC marked at 60 000, then ETH ticked at <paramref name="eth"/> and decided.</summary>
    public static Harness At(double eth, LiquidationConfig? liquidation = null, PortfolioConfig? config = null)
    {
        var h = new Harness(config ?? Config(liquidation));
        h.Mark(Portfolios.Btc, 60_000);
        h.Tick(Portfolios.Eth, eth);
        return h;
    }

    /// <summary>The book's margin ratio with ETH at <paramref name="eth"/> (bit-exact with what the policy reads).</summary>
    public static double MarginRatioAt(double eth)
    {
        var h = At(eth, config: Config() with { Liquidation = null });
        return h.Engine.Book.Account.MarginRatio;
    }
}
