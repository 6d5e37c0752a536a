using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Analytics.Covariance;
using LowLatency.Quant.Analytics.Impact;
using LowLatency.Rebalancing.Backtest;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Estimators;
using LowLatency.Rebalancing.Tests.Fixtures;
using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Rebalancing.Tests.Estimators;

public class CrossHedgeRatioTests
{
    private static readonly InstrumentId Alt = new(30);

    private static Harness Book(CrossHedgeEstimator estimator) => new(new PortfolioConfig
    {
        Name = "ratio",
        Instruments =
        [
            Portfolios.Linear(30, "ALT", InstrumentKind.Spot, "ALT", lot: "0.01"),
            Portfolios.Linear(20, "ETH", InstrumentKind.Spot, "ETH"),
            Portfolios.Linear(21, "ETH-PERP", InstrumentKind.Perpetual, "ETH", lot: "0.01"),
        ],
        Deltas =
        [
            new DeltaHedgeConfig
            {
                Underlying = "ALT",
                Hedges = [],
                CrossHedges = ["ETH-PERP"],
                Band = DeltaBandKind.Fixed,
                HalfWidth = 1e6,
                Estimator = estimator,
                EstimatorWindow = 40,
                EstimatorHalfLife = 15,
                SampleInterval = TimeSpan.FromSeconds(1),
                WarmupSamples = 10,
            },
        ],
    });

    [Theory]
    [InlineData(CrossHedgeEstimator.Window)]
    [InlineData(CrossHedgeEstimator.Ewma)]
    public void TheRatioIsTheAnalyticsEstimateOnSimpleReturnsSampledOnACommonClock(CrossHedgeEstimator estimator)
    {
        Harness h = Book(estimator);
        (double[] alt, double[] eth) = new PathGenerator(9).CorrelatedGbm(20, 0.9, 3_000, 0.6, 0.7, 1.0 / (365 * 86_400), 121);
        for (int k = 0; k < alt.Length; k++)
        {
            // Several ticks per second, in both orders; only the last price of each second may count.
            h.Tick(Alt, alt[k] * 1.01);
            h.Tick(Portfolios.Eth, eth[k] * 0.99);
            h.Tick(Portfolios.Eth, eth[k]);
            h.Tick(Alt, alt[k]);
            h.Advance(TimeSpan.FromSeconds(1));
        }

        var rs = new double[alt.Length - 1];
        var rf = new double[alt.Length - 1];
        for (int k = 1; k < alt.Length; k++)
        {
            rs[k - 1] = alt[k] / alt[k - 1] - 1;
            rf[k - 1] = eth[k] / eth[k - 1] - 1;
        }

        CrossHedgeRatio ratio = h.Engine.Chain.Delta.CrossHedgeRatio(0, 0);
        Assert.Equal(rs.Length, ratio.Samples);
        double expected;
        if (estimator == CrossHedgeEstimator.Window)
        {
            expected = TradeImpact.MinimumVarianceHedgeRatio(rs.AsSpan(rs.Length - 40), rf.AsSpan(rf.Length - 40)).Ratio;
        }
        else
        {
            Matrix<double> sigma = CovarianceEstimators.Ewma(Matrix<double>.Build.Dense(rs.Length, 2, (r, c) => c == 0 ? rs[r] : rf[r]), Math.Pow(0.5, 1.0 / 15));
            expected = sigma[0, 1] / sigma[1, 1];
        }

        Assert.Equal(expected, ratio.HedgeRatio, 1e-9);
    }

    [Fact]
    public void NoSampleIsTakenUntilBothLegsHaveTickedSinceTheBoundary()
    {
        Harness h = Book(CrossHedgeEstimator.Window);
        h.Tick(Alt, 20);
        h.Tick(Portfolios.Eth, 3_000); // first sample: the reference prices
        for (int k = 0; k < 5; k++)
        {
            h.Advance(TimeSpan.FromSeconds(1));
            h.Tick(Alt, 20 + k); // ETH silent: its price would be stale
        }

        Assert.Equal(0, h.Engine.Chain.Delta.CrossHedgeRatio(0, 0).Samples);
        h.Tick(Portfolios.Eth, 3_010);
        Assert.Equal(1, h.Engine.Chain.Delta.CrossHedgeRatio(0, 0).Samples);
    }
}
