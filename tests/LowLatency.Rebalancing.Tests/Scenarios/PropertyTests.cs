using LowLatency.Model.Intents;
using LowLatency.Model.Orders;
using LowLatency.Rebalancing.Backtest;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Engine;
using LowLatency.Rebalancing.Leverage;
using LowLatency.Rebalancing.Liquidation;
using LowLatency.Rebalancing.Policies;
using LowLatency.Rebalancing.Tests.Fixtures;

namespace LowLatency.Rebalancing.Tests.Scenarios;

public class PropertyTests
{
    private static readonly double Minute = 1.0 / (365 * 1440);

    [Fact]
    public void OnRandomPathsAndBandsTheDeltaIsInsideItsBandAfterEveryDecision()
    {
        var rnd = new Random(17);
        for (int run = 0; run < 16; run++)
        {
            var gen = new PathGenerator((ulong)(1_000 + run));
            double vol = 0.3 + 1.2 * rnd.NextDouble();
            double[] prices = run % 3 == 0
                ? gen.Gap(60_000, vol, Minute, 600, 300, (rnd.NextDouble() - 0.5) * 0.3)
                : gen.Gbm(60_000, (rnd.NextDouble() - 0.5) * 40, vol, Minute, 600);
            DeltaBandKind kind = run % 2 == 0 ? DeltaBandKind.Fixed : DeltaBandKind.GammaAware;
            DeltaHedgeConfig delta = Portfolios.BtcDelta(kind, 0.05 + rnd.NextDouble()) with
            {
                TradeTo = rnd.Next(2) == 0 ? TradeTo.BandEdge : TradeTo.Target,
                RiskAversion = Math.Pow(10, -5 + 2 * rnd.NextDouble()),
                TargetDelta = (rnd.NextDouble() - 0.5) * 4,
            };
            var engine = RebalancingEngine.Create(Portfolios.DeltaOnly(delta, instruments: Portfolios.Instruments(calls: -40 * rnd.NextDouble(), puts: 40 * (rnd.NextDouble() - 0.5))));
            var observer = new BandObserver();
            var paths = new PricePaths([Portfolios.Btc], PricePaths.EvenTimes(Portfolios.StartNs, TimeSpan.FromMinutes(1), prices.Length), [prices]);
            BacktestReport report = new BacktestRunner(engine).Run(paths, observer);
            Assert.True(observer.Violations.Count == 0, $"run {run} ({kind}, {delta.TradeTo}): {string.Join("; ", observer.Violations.Take(3))}");
            Assert.Equal(0, report.RejectedFills);
        }
    }

    [Fact]
    public void OnRandomPathsEveryWeightIsInsideItsBandAfterEveryDecision()
    {
        var rnd = new Random(31);
        for (int run = 0; run < 12; run++)
        {
            double target = (rnd.NextDouble() - 0.3) * 2;
            var config = new PortfolioConfig
            {
                Name = "weights",
                Cash = 1_000_000,
                Instruments =
                [
                    Portfolios.Linear(20, "ETH", Model.Instruments.InstrumentKind.Spot, "ETH", spread: 0, fee: 0) with { ImpactCoefficient = 0 },
                    Portfolios.Linear(21, "ETH-PERP", Model.Instruments.InstrumentKind.Perpetual, "ETH", spread: 0, fee: 0, lot: "0.01") with { ImpactCoefficient = 0 },
                ],
                Weights = new WeightsConfig
                {
                    AbsoluteBand = 0.01 + 0.1 * rnd.NextDouble(),
                    RelativeBand = rnd.NextDouble(),
                    TradeTo = rnd.Next(2) == 0 ? TradeTo.BandEdge : TradeTo.Target,
                    MinTradeNotional = 5_000 * rnd.NextDouble(),
                },
                Targets = [new WeightTargetConfig { Underlying = "ETH", Instrument = "ETH-PERP", Weight = target }],
                Impact = new ImpactConfig { MaxImpactBps = 0 },
            };
            var engine = RebalancingEngine.Create(config);
            double[] eth = new PathGenerator((ulong)(300 + run)).Gbm(3_000, 0, 1.5, Minute, 800);
            var violations = new List<string>();
            var paths = new PricePaths([Portfolios.Eth], PricePaths.EvenTimes(Portfolios.StartNs, TimeSpan.FromMinutes(1), eth.Length), [eth]);
            BacktestReport report = new BacktestRunner(engine).Run(paths, new WeightObserver(violations));
            Assert.True(report.Trades > 0);
            Assert.True(violations.Count == 0, $"run {run}: {string.Join("; ", violations.Take(3))}");
        }
    }

    private sealed class WeightObserver(List<string> violations) : IBacktestObserver
    {
        public void OnStep(in BacktestStep step)
        {
            (double _, double half, double target, long _) = step.Engine.Chain.Weights.Snapshot(0);
            double weight = step.Engine.Book.Underlying(Portfolios.Eth).DeltaCurrency / step.Engine.Book.Account.Equity;
            if (Math.Abs(weight - target) > half * (1 + 1e-9))
            {
                violations.Add($"step {step.Index}: weight {weight} outside {target} ± {half}");
            }
        }
    }

    [Fact]
    public void OnRandomPathsTheLeveredLegsNeverGoBuySellBuyWithinTheCooldown()
    {
        var cooldown = TimeSpan.FromMinutes(10);
        int reversals = 0, campaigns = 0;
        for (int run = 0; run < 8; run++)
        {
            LeverageConfig leverage = LeveragedBook.Leverage with
            {
                Min = 1.8,
                Target = 2,
                Max = 2.2,
                Ripcord = 6,
                MaxTradeNotional = 20_000,
                ChunkInterval = TimeSpan.FromSeconds(30),
                Cooldown = cooldown,
            };
            var engine = RebalancingEngine.Create(LeveragedBook.Config(leverage, cash: -100_000, perp: 66.67));
            double[] eth = new PathGenerator((ulong)(50 + run)).Gbm(3_000, 0, 6.0, Minute / 4, 3_000); // 15 s steps, violently volatile
            var log = new IntentLog();
            var paths = new PricePaths([Portfolios.Eth], PricePaths.EvenTimes(Portfolios.StartNs, TimeSpan.FromSeconds(15), eth.Length), [eth]);
            BacktestReport report = new BacktestRunner(engine).Run(paths, log);
            Assert.Equal(0, report.RejectedFills);
            campaigns += (int)engine.Chain.Leverage.Campaigns;
            (long Time, Side Side)? last = null;
            foreach ((long time, HedgeIntent intent) in log.Intents)
            {
                if (intent.PolicyId != PolicyIds.Leverage || intent.Reason == RebalanceReason.LeverageRipcord)
                {
                    continue;
                }

                if (last is { } previous && previous.Side != intent.Side)
                {
                    reversals++;
                    Assert.True(time - previous.Time >= cooldown.Ticks * 100, $"run {run}: {previous.Side} then {intent.Side} after {(time - previous.Time) / 1e9} s");
                }

                last = (time, intent.Side);
            }
        }

        Assert.True(campaigns >= 8 && reversals >= 4, $"the paths must exercise the policy ({campaigns} campaigns, {reversals} reversals)");
    }

    [Fact]
    public void ForRandomBooksTheRipcordFiresAtExactlyItsThresholdAndNotOneUlpBelow()
    {
        var rnd = new Random(23);
        for (int i = 0; i < 40; i++)
        {
            double cash = -100_000 - 150_000 * rnd.NextDouble();
            double perp = 80 + 40 * rnd.NextDouble();
            double price = 2_500 + 1_000 * rnd.NextDouble();
            double l = LeveragedBook.LeverageAt(price, cash, perp);
            if (!(l > 1) || double.IsInfinity(l))
            {
                continue;
            }

            LeverageConfig at = LeveragedBook.Leverage with { Min = l / 4, Target = l / 3, Max = l / 2, Ripcord = l };
            var fires = new Harness(LeveragedBook.Config(at, cash, perp));
            fires.Tick(Portfolios.Eth, price);
            Assert.Equal(RebalanceReason.LeverageRipcord, fires.Intents[0].Reason);

            var holds = new Harness(LeveragedBook.Config(at with { Ripcord = Math.BitIncrement(l) }, cash, perp));
            holds.Tick(Portfolios.Eth, price);
            Assert.Equal(0, holds.Engine.Chain.Leverage.Ripcords);
            Assert.Equal(LeverageCampaign.Delever, holds.Engine.LeverageCampaign);
        }
    }

    [Fact]
    public void ForRandomBooksEachLiquidationLevelTriggersAtExactlyItsThreshold()
    {
        var rnd = new Random(29);
        for (int i = 0; i < 30; i++)
        {
            double eth = 2_100 + 800 * rnd.NextDouble();
            double mr = MarginBook.MarginRatioAt(eth);
            (LiquidationConfig At, LiquidationConfig Before, ProtectionLevel Level)[] cases =
            [
                (Levels(mr, mr / 2, mr / 3), Levels(Math.BitDecrement(mr), mr / 2, mr / 3), ProtectionLevel.AddCollateral),
                (Levels(mr * 2, mr, mr / 3), Levels(mr * 2, Math.BitDecrement(mr), mr / 3), ProtectionLevel.ReduceExposure),
                (Levels(mr * 3, mr * 2, mr), Levels(mr * 3, mr * 2, Math.BitDecrement(mr)), ProtectionLevel.FullLiquidation),
            ];
            foreach ((LiquidationConfig at, LiquidationConfig before, ProtectionLevel level) in cases)
            {
                Assert.Equal(level, MarginBook.At(eth, at).Engine.LiquidationLevel);
                Assert.Equal(level - 1, MarginBook.At(eth, before).Engine.LiquidationLevel);
            }
        }

        static LiquidationConfig Levels(double add, double reduce, double full) => MarginBook.Liquidation with
        {
            AddCollateralBelow = add,
            ReduceBelow = reduce,
            FullBelow = full,
            Hysteresis = 0.01,
            CollateralTarget = add + 1,
            ReduceTarget = reduce + 1,
        };
    }
}
