using LowLatency.Rebalancing.Backtest;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Engine;
using LowLatency.Rebalancing.Liquidation;
using LowLatency.Rebalancing.Tests.Fixtures;

namespace LowLatency.Rebalancing.Tests.Scenarios;

public class CrashScenarioTests
{
    private static readonly LiquidationConfig Protection = MarginBook.Liquidation;

    private static (BacktestReport Report, LevelObserver Levels, RebalancingEngine Engine) CrashAndRecover(double depth, LiquidationConfig protection)
    {
        var engine = RebalancingEngine.Create(MarginBook.Config(protection));
        const int Steps = 400;
        double[] eth = PathGenerator.CrashAndRecovery(3_000, depth, bottomStep: 200, Steps);
        double[] btc = new double[Steps];
        Array.Fill(btc, 60_000);
        var paths = new PricePaths([Portfolios.Btc, Portfolios.Eth], PricePaths.EvenTimes(Portfolios.StartNs, TimeSpan.FromSeconds(1), Steps), [btc, eth]);
        var levels = new LevelObserver();
        BacktestReport report = new BacktestRunner(engine).Run(paths, levels);
        Assert.Equal(0, report.RejectedFills);
        return (report, levels, engine);
    }

    [Fact]
    public void ACrashEscalatesThroughTheLevelsExactlyAtTheirThresholdsAndTheRecoveryStepsDownOnlyPastTheHysteresis()
    {
        (BacktestReport report, LevelObserver observer, RebalancingEngine engine) = CrashAndRecover(0.4, Protection);
        var levels = new ProtectionLevels(Protection);
        ProtectionLevel previous = ProtectionLevel.Normal;
        int changes = 0;
        ProtectionLevel deepest = ProtectionLevel.Normal;
        foreach ((double ratio, ProtectionLevel level) in observer.Steps)
        {
            if (level > previous)
            {
                Assert.True(ratio <= levels.Threshold(level), $"entered {level} at MR {ratio}");
            }
            else if (level < previous)
            {
                Assert.True(ratio >= levels.Threshold(previous) + Protection.Hysteresis, $"left {previous} at MR {ratio}");
            }
            else if (level < ProtectionLevel.FullLiquidation)
            {
                Assert.True(ratio > levels.Threshold(level + 1), $"stayed at {level} at MR {ratio}: should have escalated");
            }

            changes += level != previous ? 1 : 0;
            deepest = level > deepest ? level : deepest;
            previous = level;
        }

        Assert.Equal(ProtectionLevel.ReduceExposure, deepest); // the reduction kept MR off the full-liquidation level
        Assert.Equal(ProtectionLevel.Normal, previous); // recovered
        Assert.True(changes <= 6, $"{changes} level changes: the protection oscillated");
        Assert.Equal(20_000, report.CollateralAdded); // the whole reserve, once
        Assert.True(engine.Chain.Liquidation.ReductionRounds >= 1);
        Assert.True(report.MinMarginRatio > 1.1);
        Assert.True(report.Count(Model.Intents.RebalanceReason.LiquidationReduceExposure) >= 1);
        Assert.Equal(0, report.Count(Model.Intents.RebalanceReason.LiquidationFull));
    }

    [Fact]
    public void AGapStraightThroughEveryLevelLiquidatesEverythingAtOnce()
    {
        var engine = RebalancingEngine.Create(MarginBook.Config(Protection with { Reserve = 0 }));
        double[] eth = [3_000, 3_000, 1_950, 1_950, 2_500];
        double[] btc = [60_000, 60_000, 60_000, 60_000, 60_000];
        var paths = new PricePaths([Portfolios.Btc, Portfolios.Eth], PricePaths.EvenTimes(Portfolios.StartNs, TimeSpan.FromSeconds(1), eth.Length), [btc, eth]);
        var levels = new LevelObserver();
        BacktestReport report = new BacktestRunner(engine).Run(paths, levels);
        Assert.Equal(ProtectionLevel.Normal, levels.Steps[1].Level);
        Assert.Equal(2, report.Count(Model.Intents.RebalanceReason.LiquidationFull));
        Assert.Equal(0, engine.Book.QuantityOf(Portfolios.EthPerp));
        Assert.Equal(0, engine.Book.QuantityOf(Portfolios.BtcPerp));
        Assert.Equal(ProtectionLevel.Normal, levels.Steps[^1].Level); // flat: no maintenance left
    }
}
