using LowLatency.Model.Intents;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Engine;
using LowLatency.Rebalancing.Tests.Fixtures;
using LowLatency.Testing;

namespace LowLatency.Rebalancing.Tests.Engine;

public class ZeroAllocationTests
{
    private static readonly HedgeIntent[] Intents = new HedgeIntent[64];
    private static readonly CollateralTransfer[] Transfers = new CollateralTransfer[8];

    // Every policy configured: liquidation, leverage (on ETH-PERP), gamma-aware delta on a long BTC straddle (it
    // gains on the swings below, so the account stays healthy), and an ETH weight target.
    private static PortfolioConfig Everything() => Portfolios.DeltaOnly(Portfolios.BtcDelta(DeltaBandKind.GammaAware), instruments: Portfolios.Instruments(calls: 20, puts: 20)) with
    {
        Targets = [new WeightTargetConfig { Underlying = "ETH", Instrument = "ETH", Weight = 0.1 }],
        Leverage = new LeverageConfig { Legs = ["ETH-PERP"], Min = 0, Target = 1, Max = 5, Ripcord = 10 },
        Liquidation = new LiquidationConfig { Reserve = 100_000 },
        Impact = new ImpactConfig { MaxImpactBps = 25 },
    };

    [Fact]
    public void ADecisionInsideEveryBandAllocatesNothing()
    {
        var engine = RebalancingEngine.Create(Everything());
        long t = Portfolios.StartNs;
        engine.Book.OnTick(Portfolios.Eth, 3_000, t);
        engine.Book.OnTick(Portfolios.Btc, 60_000, t);
        engine.DecideAll(t, t, Intents, Transfers);
        Fill(engine, engine.DecideAll(t, t, Intents, Transfers));
        long bytes = Allocations.MeasureSteadyState(() =>
        {
            t += 1_000_000;
            engine.Decide(Portfolios.Btc, t, t, Intents, Transfers);
        });
        Assert.Equal(0, bytes);
    }

    [Fact]
    public void TickDecideAndFillCyclesThatTradeEveryTimeAllocateNothing()
    {
        var engine = RebalancingEngine.Create(Everything());
        long t = Portfolios.StartNs;
        engine.Book.OnTick(Portfolios.Eth, 3_000, t);
        int k = 0;
        int trades = 0;
        long bytes = Allocations.MeasureSteadyState(() =>
        {
            t += 1_000_000_000;
            double price = (k++ & 1) == 0 ? 57_000 : 63_000; // ±5%: the gamma book needs a hedge every tick
            engine.Book.OnTick(Portfolios.Btc, price, t);
            DecisionResult result = engine.Decide(Portfolios.Btc, t, t, Intents, Transfers);
            trades += result.Intents;
            Fill(engine, result);
        });
        Assert.Equal(0, bytes);
        Assert.True(trades > 1_000, $"{trades} trades, level {engine.LiquidationLevel}, campaign {engine.LeverageCampaign}, L {engine.Chain.Leverage.LastLeverage}");
    }

    [Fact]
    public void TheLiquidationReductionPathAllocatesNothing()
    {
        var engine = RebalancingEngine.Create(MarginBook.Config(MarginBook.Liquidation with { Reserve = 0, RetryInterval = TimeSpan.Zero }));
        long t = Portfolios.StartNs;
        engine.Book.OnTick(Portfolios.Btc, 60_000, t);
        engine.Book.OnTick(Portfolios.Eth, 2_150, t);
        int sent = 0;
        long bytes = Allocations.MeasureSteadyState(() =>
        {
            t += 1_000;
            DecisionResult result = engine.Decide(Portfolios.Eth, t, t, Intents, Transfers);
            sent += result.Intents;
            for (int i = 0; i < result.Intents; i++)
            {
                engine.OnOrderDone(Intents[i].Instrument, Harness.Signed(Intents[i])); // rejected: the next round resends
            }
        });
        Assert.Equal(0, bytes);
        Assert.True(sent > 1_000);
    }

    private static void Fill(RebalancingEngine engine, DecisionResult result)
    {
        for (int i = 0; i < result.Intents; i++)
        {
            ref readonly HedgeIntent intent = ref Intents[i];
            engine.ApplyFill(intent.Instrument, Harness.Signed(intent), engine.State.LinearPrice(engine.Universe.TryGetSlot(intent.Instrument, out int s) ? s : 0));
        }

        for (int i = 0; i < result.Transfers; i++)
        {
            engine.OnCollateralTransfer(Transfers[i].Amount, succeeded: true);
        }
    }
}
