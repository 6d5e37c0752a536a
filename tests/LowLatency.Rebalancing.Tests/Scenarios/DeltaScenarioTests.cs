using LowLatency.Model.Intents;
using LowLatency.Rebalancing.Backtest;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Engine;
using LowLatency.Rebalancing.Tests.Fixtures;

namespace LowLatency.Rebalancing.Tests.Scenarios;

public class DeltaScenarioTests
{
    private const int Steps = 1_500;
    private static readonly double Minute = 1.0 / (365 * 1440);

    private static (BacktestReport Report, BandObserver Band) Run(double[] prices, DeltaBandKind band = DeltaBandKind.GammaAware, double maxHalfWidth = 10, double fixedHalfWidth = 0.5)
    {
        var engine = RebalancingEngine.Create(Portfolios.DeltaOnly(Portfolios.BtcDelta(band, fixedHalfWidth) with { MaxHalfWidth = maxHalfWidth }));
        var paths = new PricePaths([Portfolios.Btc], PricePaths.EvenTimes(Portfolios.StartNs, TimeSpan.FromMinutes(1), prices.Length), [prices]);
        var observer = new BandObserver();
        BacktestReport report = new BacktestRunner(engine).Run(paths, observer);
        Assert.Equal(0, report.RejectedFills);
        return (report, observer);
    }

    [Theory]
    [InlineData(DeltaBandKind.GammaAware)]
    [InlineData(DeltaBandKind.Fixed)]
    public void ATrendingMarketKeepsTheDeltaInsideTheBandAfterEveryDecision(DeltaBandKind band)
    {
        double[] up = new PathGenerator(1).Gbm(60_000, drift: 20, volatility: 0.6, Minute, Steps); // +20/yr: a strong trend
        Assert.True(up[^1] > 1.03 * up[0]);
        (BacktestReport report, BandObserver observer) = Run(up, band);
        Assert.Empty(observer.Violations);
        Assert.Equal(1.0, report.TimeInBand[0]);
        Assert.True(report.Trades > 10);
        Assert.Equal(report.Trades, report.Count(band == DeltaBandKind.Fixed ? RebalanceReason.DeltaBand : RebalanceReason.GammaAwareDeltaBand));
    }

    [Fact]
    public void AMeanRevertingMarketIsHedgedWithFarLessPnlVarianceThanLeavingDeltaOpen()
    {
        double[] reverting = new PathGenerator(2).MeanReverting(60_000, 60_000, kappa: 5_000, volatility: 0.8, Minute, Steps);
        (BacktestReport hedged, BandObserver observer) = Run(reverting);
        (BacktestReport open, _) = Run(reverting, DeltaBandKind.Fixed, maxHalfWidth: 10, fixedHalfWidth: 1_000);
        Assert.Empty(observer.Violations);
        Assert.True(hedged.Trades > 0);
        Assert.Equal(0, open.Trades);
        Assert.True(hedged.PnlVariance < 0.2 * open.PnlVariance, $"hedged {hedged.PnlVariance} vs unhedged {open.PnlVariance}");
    }

    [Fact]
    public void AGapIsHedgedInTheSameStepItHappens()
    {
        double[] gap = new PathGenerator(3).Gap(60_000, 0.5, Minute, Steps, atStep: 700, jump: -0.15);
        var log = new IntentLog();
        var engine = RebalancingEngine.Create(Portfolios.DeltaOnly(Portfolios.BtcDelta(DeltaBandKind.GammaAware)));
        var paths = new PricePaths([Portfolios.Btc], PricePaths.EvenTimes(Portfolios.StartNs, TimeSpan.FromMinutes(1), Steps), [gap]);
        var band = new BandObserver();
        var both = new CompositeObserver(band, log);
        new BacktestRunner(engine).Run(paths, both);
        Assert.Empty(band.Violations);
        long gapTime = paths.TimeAt(700);
        (long _, HedgeIntent hedge) = Assert.Single(log.Intents, e => e.UtcNs == gapTime);
        Assert.True(Math.Abs(hedge.Observed) > 3 * Math.Abs(hedge.Threshold), "the gap moved delta far outside the band");
        Assert.Equal(ExecutionUrgency.Aggressive, hedge.Urgency);
    }

    private sealed class CompositeObserver(params IBacktestObserver[] observers) : IBacktestObserver
    {
        public void OnStep(in BacktestStep step)
        {
            foreach (IBacktestObserver o in observers)
            {
                o.OnStep(in step);
            }
        }
    }
}
