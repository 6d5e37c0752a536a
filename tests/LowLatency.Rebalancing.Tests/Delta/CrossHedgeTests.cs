using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Model.Intents;
using LowLatency.Rebalancing.Backtest;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Engine;
using LowLatency.Rebalancing.Tests.Fixtures;

namespace LowLatency.Rebalancing.Tests.Delta;

public class CrossHedgeTests
{
    private static readonly InstrumentId Alt = new(30);

    private static PortfolioConfig AltHedgedWithEthPerp(CrossHedgeEstimator estimator) => new()
    {
        Name = "cross",
        Cash = 1_000_000,
        Instruments =
        [
            Portfolios.Linear(30, "ALT", InstrumentKind.Spot, "ALT", quantity: 1_000, spread: 0.002, lot: "0.01"),
            Portfolios.Linear(20, "ETH", InstrumentKind.Spot, "ETH", spread: 0.2),
            Portfolios.Linear(21, "ETH-PERP", InstrumentKind.Perpetual, "ETH", spread: 0.1, lot: "0.01"),
        ],
        Deltas =
        [
            new DeltaHedgeConfig
            {
                Underlying = "ALT",
                Hedges = [],
                CrossHedges = ["ETH-PERP"],
                Band = DeltaBandKind.Fixed,
                HalfWidthCurrency = 500,
                Estimator = estimator,
                EstimatorWindow = 300,
                EstimatorHalfLife = 150,
                SampleInterval = TimeSpan.FromMinutes(1),
                WarmupSamples = 50,
                InitialHedgeRatio = 1.0,
            },
        ],
        Impact = new ImpactConfig { MaxImpactBps = 0 },
    };

    [Theory]
    [InlineData(CrossHedgeEstimator.Window)]
    [InlineData(CrossHedgeEstimator.Ewma)]
    public void WithoutADirectHedgeTheProxyIsSizedWithTheRollingMinimumVarianceRatio(CrossHedgeEstimator estimator)
    {
        var engine = RebalancingEngine.Create(AltHedgedWithEthPerp(estimator));
        const int Steps = 1_500;
        // ρ = 0.8, σ_ALT = 0.9, σ_ETH = 0.6: h* = ρ·σ_ALT/σ_ETH = 1.2.
        (double[] alt, double[] eth) = new PathGenerator(21).CorrelatedGbm(20, 0.9, 3_000, 0.6, 0.8, 1.0 / (365 * 1440), Steps);
        var paths = new PricePaths([Alt, Portfolios.Eth], PricePaths.EvenTimes(Portfolios.StartNs, TimeSpan.FromMinutes(1), Steps), [alt, eth]);
        BacktestReport report = new BacktestRunner(engine).Run(paths);

        var ratio = engine.Chain.Delta.CrossHedgeRatio(0, 0);
        Assert.True(ratio.IsWarm);
        Assert.Equal(1.2, ratio.HedgeRatio, 0.25);
        Assert.InRange(ratio.Effectiveness, 0.45, 0.85);

        // The proxy position offsets h*·exposure to within the band (500 in ALT currency).
        double exposure = 1_000 * alt[^1];
        double proxy = engine.Book.QuantityOf(Portfolios.EthPerp) * eth[^1];
        Assert.Equal(-ratio.HedgeRatio * exposure, proxy, 500 * ratio.HedgeRatio + 0.01 * eth[^1]);
        Assert.Equal(1.0, report.TimeInBand[0]);
        Assert.True(report.Count(RebalanceReason.CrossHedge) > 1);
        Assert.Equal(report.Trades, report.Count(RebalanceReason.CrossHedge));
        Assert.Equal(0, report.RejectedFills);
    }

    [Fact]
    public void BeforeWarmUpTheConfiguredInitialRatioIsUsed()
    {
        var h = new Harness(AltHedgedWithEthPerp(CrossHedgeEstimator.Window));
        h.Tick(Portfolios.Eth, 3_000);
        h.Tick(Alt, 20);
        HedgeIntent intent = h.Single;
        Assert.Equal(Portfolios.EthPerp, intent.Instrument);
        Assert.Equal(RebalanceReason.CrossHedge, intent.Reason);
        // Exposure 20 000 at h = 1 → short 20 000/3 000 = 6.67 ETH, to the band edge: 19 500/3 000 = 6.5.
        Assert.Equal(-6.5, Harness.Signed(intent), 9);
        Assert.False(h.Engine.Chain.Delta.CrossHedgeRatio(0, 0).IsWarm);
    }
}
