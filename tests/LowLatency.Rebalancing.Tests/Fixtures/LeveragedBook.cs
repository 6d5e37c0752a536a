using LowLatency.Model.Instruments;
using LowLatency.Rebalancing.Config;

namespace LowLatency.Rebalancing.Tests.Fixtures;

/// <summary>A levered ETH perpetual: cash −200 000 and 100 ETH-PERP, so at 3 000 equity is 100 000 and leverage 3.</summary>
internal static class LeveragedBook
{
    public static LeverageConfig Leverage => new()
    {
        Min = 1,
        Target = 2,
        Max = 3.2,
        Ripcord = 4,
        Legs = ["ETH-PERP"],
        MaxTradeNotional = 50_000,
        ChunkInterval = TimeSpan.FromSeconds(5),
        Cooldown = TimeSpan.FromMinutes(5),
    };

    public static PortfolioConfig Config(LeverageConfig? leverage = null, double cash = -200_000, double perp = 100) => new()
    {
        Name = "levered",
        Cash = cash,
        Instruments =
        [
            Portfolios.Linear(20, "ETH", InstrumentKind.Spot, "ETH", spread: 0, fee: 0),
            Portfolios.Linear(21, "ETH-PERP", InstrumentKind.Perpetual, "ETH", quantity: perp, spread: 0, fee: 0, lot: "0.01"),
        ],
        Leverage = leverage ?? Leverage,
        Impact = new ImpactConfig { MaxImpactBps = 0 },
    };

    /// <summary>The book's leverage at <paramref name="price"/>, computed by a real book (bit-exact with what the policy reads).</summary>
    public static double LeverageAt(double price, double cash = -200_000, double perp = 100)
    {
        var h = new Harness(Config(cash: cash, perp: perp) with { Leverage = null });
        h.Tick(Portfolios.Eth, price);
        return h.Engine.Book.Account.Leverage;
    }
}
