using LowLatency.Core.FixedPoint;
using LowLatency.Model.Instruments;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Policies;
using LowLatency.Rebalancing.Tests.Fixtures;

namespace LowLatency.Rebalancing.Tests.Weights;

public class ThresholdBandPolicyTests
{
    // 1 000 000 of cash, flat ETH: the weight of ETH is (ETH delta · price) / equity.
    private static Harness Book(double weight, WeightsConfig? policy = null, double perp = 0, ImpactConfig? impact = null) => new(new PortfolioConfig
    {
        Name = "weights",
        Cash = 1_000_000 - perp * 3_000,
        Instruments =
        [
            Portfolios.Linear(20, "ETH", InstrumentKind.Spot, "ETH", spread: 0, fee: 0),
            Portfolios.Linear(21, "ETH-PERP", InstrumentKind.Perpetual, "ETH", quantity: perp, spread: 0, fee: 0, lot: "0.01"),
        ],
        Weights = policy ?? new WeightsConfig(),
        Targets = [new WeightTargetConfig { Underlying = "ETH", Instrument = "ETH-PERP", Weight = weight }],
        Impact = impact ?? new ImpactConfig { MaxImpactBps = 0, MaxSlippageBps = 0 },
    });

    [Fact]
    public void TheAbsoluteBandBindsForALargeTargetAndTheTradeStopsAtTheBandEdge()
    {
        var h = Book(0.3); // h = min(0.05, 0.25·0.3 = 0.075) = 0.05
        h.Tick(Portfolios.Eth, 3_000);
        HedgeIntent buy = h.Single;
        Assert.Equal(Portfolios.EthPerp, buy.Instrument);
        Assert.Equal(Side.Buy, buy.Side);
        Assert.Equal(new Quantity(8334, 2), buy.Quantity); // to 0.25: 250 000/3 000 = 83.33, rounded into the band
        Assert.Equal(RebalanceReason.WeightAbsoluteBand, buy.Reason);
        Assert.Equal(PolicyIds.Weights, buy.PolicyId);
        Assert.Equal(0.0, buy.Observed);
        Assert.Equal(0.25, buy.Threshold, 12);
        Assert.Equal(0.25, buy.Target, 12);
        Assert.Equal(ExecutionUrgency.Passive, buy.Urgency);
        Assert.Equal(new Price(300_000, 2), buy.LimitPrice); // passive: joins the bid (mid, zero spread)
        h.FillAll(3_000);
        Assert.False(h.Tick(Portfolios.Eth, 3_000).Acted);
        Assert.False(h.Tick(Portfolios.Eth, 3_400).Acted); // weight 0.283 with the gain: inside ±0.05
    }

    [Fact]
    public void TheRelativeBandBindsForASmallTarget()
    {
        var h = Book(0.1); // h = min(0.05, 0.025)
        h.Tick(Portfolios.Eth, 3_000);
        Assert.Equal(RebalanceReason.WeightRelativeBand, h.Single.Reason);
        Assert.Equal(0.075, h.Single.Threshold, 12);
    }

    [Fact]
    public void TradeToTargetRemovesTheWholeDrift()
    {
        var h = Book(0.3, new WeightsConfig { TradeTo = TradeTo.Target });
        h.Tick(Portfolios.Eth, 3_000);
        Assert.Equal(new Quantity(10_000, 2), h.Single.Quantity);
        Assert.Equal(0.3, h.Single.Target, 12);
    }

    [Fact]
    public void ADriftAboveTheBandSellsBackToTheUpperEdge()
    {
        var h = Book(0.3, perp: 100); // weight 0.3 at 3 000
        Assert.False(h.Tick(Portfolios.Eth, 3_000).Acted);
        h.Tick(Portfolios.Eth, 4_000); // exposure 400 000, equity 1 100 000: w = 0.3636 > 0.35
        Assert.Equal(Side.Sell, h.Single.Side);
        Assert.Equal(0.35, h.Single.Target, 12);
        h.FillAll(4_000);
        Assert.InRange(h.Engine.Book.Underlying(Portfolios.Eth).DeltaCurrency / h.Engine.Book.Account.Equity, 0.3499, 0.35);
    }

    [Fact]
    public void ASmallTradeIsRoundedUpToTheMinimumNotionalWhenThatStaysInsideTheBand()
    {
        var h = Book(0.3, new WeightsConfig { MinTradeNotional = 20_000 }, perp: 100);
        h.Tick(Portfolios.Eth, 4_000); // the edge needs 15 000 of sales; 20 000 still leaves w inside ±0.05
        Assert.Equal(Side.Sell, h.Single.Side);
        Assert.Equal(new Quantity(500, 2), h.Single.Quantity);
    }

    [Fact]
    public void ASmallTradeIsNotSentWhenTheMinimumNotionalWouldCrossTheBand()
    {
        var h = Book(0.3, new WeightsConfig { MinTradeNotional = 200_000 }, perp: 100);
        Assert.False(h.Tick(Portfolios.Eth, 4_000).Acted); // 200 000 would overshoot to w = 0.18
        Assert.True(h.Engine.Chain.Weights.Snapshot(0).Weight > 0.35);
    }

    [Fact]
    public void CalendarRebalancesToTargetOnlyAtEachBoundary()
    {
        var h = Book(0.3, new WeightsConfig { Schedule = RebalanceSchedule.Calendar, CalendarPeriod = TimeSpan.FromHours(1) });
        h.Advance(TimeSpan.FromMinutes(10));
        Assert.False(h.Tick(Portfolios.Eth, 3_000).Acted); // the first decision only fixes the next boundary (01:00)
        h.Advance(TimeSpan.FromMinutes(49));
        Assert.False(h.Tick(Portfolios.Eth, 3_000).Acted);
        h.Advance(TimeSpan.FromMinutes(1)); // 01:00: boundary
        h.Tick(Portfolios.Eth, 3_000);
        Assert.Equal(RebalanceReason.CalendarRebalance, h.Single.Reason);
        Assert.Equal(new Quantity(10_000, 2), h.Single.Quantity); // all the way to target, no band
        h.FillAll(3_000);
        h.Advance(TimeSpan.FromMinutes(30));
        Assert.False(h.Tick(Portfolios.Eth, 3_600).Acted); // drifted, but no boundary
        Assert.Equal(1, h.Engine.Chain.Weights.CalendarChecks);
    }

    [Fact]
    public void HybridChecksAtTheCalendarButTradesOnlyWhatLeftItsBand()
    {
        var h = Book(0.3, new WeightsConfig { Schedule = RebalanceSchedule.Hybrid, CalendarPeriod = TimeSpan.FromHours(1), CalendarOffset = TimeSpan.FromMinutes(30) }, perp: 100);
        Assert.False(h.Tick(Portfolios.Eth, 3_000).Acted);
        h.Advance(TimeSpan.FromMinutes(30)); // 00:30 boundary
        Assert.False(h.Tick(Portfolios.Eth, 3_300).Acted); // w = 0.319: inside the band
        h.Advance(TimeSpan.FromMinutes(10));
        Assert.False(h.Tick(Portfolios.Eth, 4_000).Acted); // outside the band, but between boundaries
        h.Advance(TimeSpan.FromMinutes(50)); // 01:30
        h.Tick(Portfolios.Eth, 4_000);
        Assert.Equal(RebalanceReason.WeightAbsoluteBand, h.Single.Reason);
        Assert.Equal(0.35, h.Single.Target, 12);
    }

    [Fact]
    public void ALargeCalendarRebalanceIsSlicedByImpactAndStaysOwedUntilComplete()
    {
        var impact = new ImpactConfig { MaxImpactBps = 1, SliceInterval = TimeSpan.FromSeconds(1) };
        var h = Book(0.3, new WeightsConfig { Schedule = RebalanceSchedule.Calendar, CalendarPeriod = TimeSpan.FromHours(1) }, impact: impact);
        h.Tick(Portfolios.Eth, 3_000);
        h.Advance(TimeSpan.FromHours(1));
        h.Tick(Portfolios.Eth, 3_000);
        // 100 ETH to buy; V·(f/(Y·σ))² = 50 000·(1e-4/0.015)² = 2.22 ETH per slice.
        Assert.Equal(RebalanceReason.ImpactSlice, h.Single.Reason);
        Assert.Equal(new Quantity(222, 2), h.Single.Quantity);
        Assert.Equal(0.3, h.Single.Target, 12);
        h.FillAll(3_000);
        h.Advance(TimeSpan.FromMilliseconds(500));
        Assert.False(h.Tick(Portfolios.Eth, 3_000).Acted);
        h.Advance(TimeSpan.FromMilliseconds(500)); // no boundary, but the rebalance is still owed
        h.Tick(Portfolios.Eth, 3_000);
        Assert.Equal(new Quantity(222, 2), h.Single.Quantity);
    }

    [Fact]
    public void ABoundaryCrossedBeforeTheUnderlyingHasAPriceStaysOwed()
    {
        var h = Book(0.3, new WeightsConfig { Schedule = RebalanceSchedule.Calendar, CalendarPeriod = TimeSpan.FromHours(1) });
        h.DecideAll(); // fixes the boundary; ETH has no price
        h.Advance(TimeSpan.FromHours(1));
        Assert.False(h.DecideAll().Acted); // due, but unpriced: still owed
        h.Advance(TimeSpan.FromMinutes(5));
        h.Tick(Portfolios.Eth, 3_000);
        Assert.Equal(RebalanceReason.CalendarRebalance, h.Single.Reason);
    }
}
