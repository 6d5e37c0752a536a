using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;
using LowLatency.Rebalancing.Bands;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Impact;
using LowLatency.Rebalancing.Policies;
using LowLatency.Rebalancing.Tests.Fixtures;

namespace LowLatency.Rebalancing.Tests.Delta;

public class DeltaHedgePolicyTests
{
    // A linear book: a long spot position is the whole delta, so every expected number is exact.
    private static Harness LinearBook(double spot, DeltaHedgeConfig? delta = null, ImpactConfig? impact = null)
    {
        List<PortfolioInstrumentConfig> instruments = Portfolios.Instruments(calls: 0, puts: 0);
        instruments[0] = instruments[0] with { Quantity = spot };
        PortfolioConfig config = Portfolios.DeltaOnly(delta ?? Portfolios.BtcDelta(DeltaBandKind.Fixed, 0.5), instruments: instruments);
        return new Harness(impact is null ? config : config with { Impact = impact });
    }

    [Fact]
    public void InsideTheBandNothingIsTraded()
    {
        var h = LinearBook(0.3);
        Assert.False(h.Tick(Portfolios.Btc, 60_000).Acted);
        Assert.Equal(0.3, h.Engine.DeltaSnapshot(0).Delta, 12);
        Assert.True(h.Engine.DeltaSnapshot(0).InBand);
    }

    [Fact]
    public void OutsideTheBandTheCheapestLegIsTradedBackToTheBandEdgeWithItsReason()
    {
        var h = LinearBook(2.3456);
        h.Tick(Portfolios.Btc, 60_000);
        HedgeIntent intent = h.Single;
        Assert.Equal(Portfolios.BtcPerp, intent.Instrument); // perp: 0.5 half spread + 2 bp fee beats spot and future
        Assert.Equal(Side.Sell, intent.Side);
        Assert.Equal(new Quantity(1846, 3), intent.Quantity);
        Assert.Equal(RebalanceReason.DeltaBand, intent.Reason);
        Assert.Equal(PolicyIds.Delta, intent.PolicyId);
        Assert.Equal(2.3456, intent.Observed, 12);
        Assert.Equal(0.5, intent.Threshold, 12);
        Assert.Equal(0.5, intent.Target, 12);
        Assert.Equal(ExecutionUrgency.Aggressive, intent.Urgency);
        Assert.Equal(h.NowNs, intent.DecisionTimestampNs);
        // Sell limit: mid − half spread − 20 bp, rounded up to the 0.01 tick.
        Assert.Equal(new Price(5_987_950, 2), intent.LimitPrice);
        h.FillAll(60_000);
        Assert.Equal(0.4996, h.Engine.Book.Underlying(Portfolios.Btc).DeltaUnits, 9);
        Assert.False(h.Tick(Portfolios.Btc, 60_000).Acted);
    }

    [Fact]
    public void TradeToTargetTakesDeltaToTheNearestLotOfTheTarget()
    {
        var h = LinearBook(-2.3456, Portfolios.BtcDelta(DeltaBandKind.Fixed, 0.5) with { TradeTo = TradeTo.Target });
        h.Tick(Portfolios.Btc, 60_000);
        Assert.Equal(Side.Buy, h.Single.Side);
        Assert.Equal(new Quantity(2346, 3), h.Single.Quantity);
        Assert.Equal(0.0, h.Single.Target);
    }

    [Fact]
    public void WhenFundingMakesShortingThePerpetualExpensiveTheNextCheapestLegIsUsed()
    {
        var h = LinearBook(2.3456);
        h.Engine.Universe.TryGetSlot(Portfolios.BtcPerp, out int perp);
        h.Engine.Universe.TryGetSlot(Portfolios.BtcFuture, out int future);
        h.Engine.Costs[perp].CarryRatePerDay = -0.001; // shorts pay 10 bp a day
        h.Tick(Portfolios.Btc, 60_000);
        Assert.Equal(Portfolios.BtcFuture, h.Single.Instrument); // 2.5 + 2 bp per unit beats the spot's 1 + 4 bp
        h.Engine.OnOrderDone(h.Single.Instrument, Harness.Signed(h.Single));

        h.Engine.Costs[future].FeeRate = 0.001;
        h.Tick(Portfolios.Btc, 60_000);
        Assert.Equal(Portfolios.Btc, h.Single.Instrument);
        Assert.Equal(Side.Sell, h.Single.Side);
    }

    [Fact]
    public void AFuturesHedgeIsSizedThroughItsMultiplier()
    {
        var h = LinearBook(2.3456, Portfolios.BtcDelta(DeltaBandKind.Fixed, 0.5) with { Hedges = ["BTC-FUT"] });
        h.Tick(Portfolios.Btc, 60_000);
        Assert.Equal(Portfolios.BtcFuture, h.Single.Instrument);
        Assert.Equal(new Quantity(185, 0), h.Single.Quantity); // 185 contracts × 0.01 BTC ≥ 2.3456 − 0.5
        h.FillAll(60_000);
        Assert.Equal(0.4956, h.Engine.Book.Underlying(Portfolios.Btc).DeltaUnits, 9);
    }

    [Fact]
    public void AnIntentInFlightIsNotSentAgainUntilItsOrderEndsOrTimesOut()
    {
        var h = LinearBook(2.3456);
        h.Tick(Portfolios.Btc, 60_000);
        HedgeIntent first = h.Single;
        Assert.False(h.Tick(Portfolios.Btc, 60_001).Acted);
        Assert.Equal(0.4996, h.Engine.DeltaSnapshot(0).Delta, 9); // the in-flight sell is counted

        h.Engine.OnOrderDone(first.Instrument, Harness.Signed(first)); // cancelled, nothing filled
        h.Tick(Portfolios.Btc, 60_000);
        Assert.Equal(first.Quantity, h.Single.Quantity);

        h.Advance(TimeSpan.FromSeconds(9));
        Assert.False(h.Tick(Portfolios.Btc, 60_000).Acted);
        h.Advance(TimeSpan.FromSeconds(2)); // past the 10 s pending timeout: assumed lost
        h.Tick(Portfolios.Btc, 60_000);
        Assert.Equal(first.Quantity, h.Single.Quantity);
    }

    [Fact]
    public void APartialFillLeavesOnlyTheRemainderInFlight()
    {
        var h = LinearBook(2.3456);
        h.Tick(Portfolios.Btc, 60_000);
        HedgeIntent first = h.Single;
        Assert.Equal(Portfolios.BtcPerp, first.Instrument);
        h.Engine.ApplyFill(first.Instrument, -1.0, 60_000);
        Assert.Equal(-0.846, h.Engine.Positions.Pending(1), 9);
        Assert.False(h.Tick(Portfolios.Btc, 60_000).Acted);
        h.Engine.OnOrderDone(first.Instrument, -0.846);
        Assert.False(h.Engine.Positions.AnyPending);
        h.Tick(Portfolios.Btc, 60_000);
        Assert.Equal(new Quantity(846, 3), h.Single.Quantity);
    }

    [Fact]
    public void ALargeHedgeIsSlicedByItsImpactAndTheNextSliceWaitsForTheInterval()
    {
        var impact = new ImpactConfig { MaxImpactBps = 1, SliceInterval = TimeSpan.FromSeconds(2), MaxSlippageBps = 0 };
        var h = LinearBook(20, impact: impact);
        h.Tick(Portfolios.Btc, 60_000);
        // V·(f/(Y·σ))² = 50 000·(1e-4/0.015)² = 2.2222 units per order.
        Assert.Equal(RebalanceReason.ImpactSlice, h.Single.Reason);
        Assert.Equal(new Quantity(2222, 3), h.Single.Quantity);
        Assert.Equal(20.0, h.Single.Observed, 12);
        Assert.Equal(default, h.Single.LimitPrice); // no slippage allowance: the router prices it
        h.FillAll(60_000);
        h.Advance(TimeSpan.FromSeconds(1));
        Assert.False(h.Tick(Portfolios.Btc, 60_000).Acted);
        h.Advance(TimeSpan.FromSeconds(1));
        h.Tick(Portfolios.Btc, 60_000);
        Assert.Equal(new Quantity(2222, 3), h.Single.Quantity);
    }

    [Fact]
    public void ATradeBelowTheMinimumNotionalIsRoundedUpToItWhenThatStaysInsideTheBand()
    {
        var h = LinearBook(0.51, Portfolios.BtcDelta(DeltaBandKind.Fixed, 0.5) with { MinTradeNotional = 1_000 });
        h.Tick(Portfolios.Btc, 60_000); // the edge needs 0.01 BTC = 600: sent as 1 000 / 60 000 → 0.017 BTC
        Assert.Equal(new Quantity(17, 3), h.Single.Quantity);
        h.FillAll(60_000);
        Assert.Equal(0.493, h.Engine.Book.Underlying(Portfolios.Btc).DeltaUnits, 9);
    }

    [Fact]
    public void ATradeBelowTheMinimumNotionalIsNotSentWhenRoundingUpWouldCrossTheBand()
    {
        var h = LinearBook(0.51, Portfolios.BtcDelta(DeltaBandKind.Fixed, 0.5) with { MinTradeNotional = 70_000 });
        Assert.False(h.Tick(Portfolios.Btc, 60_000).Acted); // 1.167 BTC would take delta to −0.66
        Assert.False(h.Engine.DeltaSnapshot(0).InBand);
        h.Tick(Portfolios.Btc, 200_000); // 0.35 BTC now: fits
        Assert.Equal(new Quantity(350, 3), h.Single.Quantity);
    }

    [Fact]
    public void ACurrencyBandIsConvertedAtTheCurrentPrice()
    {
        var delta = Portfolios.BtcDelta(DeltaBandKind.Fixed) with { HalfWidth = 0, HalfWidthCurrency = 30_000 };
        var h = LinearBook(0.6, delta);
        Assert.False(h.Tick(Portfolios.Btc, 40_000).Acted); // ±0.75 BTC
        h.Tick(Portfolios.Btc, 60_000); // ±0.5 BTC
        Assert.Equal(new Quantity(100, 3), h.Single.Quantity);
    }

    [Fact]
    public void TheGammaAwareBandFollowsTheBooksGammaAndTheCheapestLegsCost()
    {
        var h = new Harness(Portfolios.DeltaOnly(Portfolios.BtcDelta(DeltaBandKind.GammaAware)));
        h.Tick(Portfolios.Btc, 60_000);
        double gamma = h.Engine.Book.Underlying(Portfolios.Btc).Gamma;
        Assert.True(gamma < 0);
        h.Engine.Universe.TryGetSlot(Portfolios.BtcPerp, out int perp);
        double lambda = ImpactModel.ProportionalCost(60_000, h.Engine.Costs[perp]);
        double expected = GammaAwareBand.Clamped(lambda, 60_000, gamma, 1e-4, 0.05, 10);
        Assert.Equal(expected, h.Engine.DeltaSnapshot(0).HalfWidth, 12);
        if (h.Last.Intents == 1)
        {
            Assert.Equal(RebalanceReason.GammaAwareDeltaBand, h.Single.Reason);
        }

        h.Engine.Costs[perp].Spread *= 1_000; // far costlier perp: the band now follows the future's λ, the next cheapest
        h.Tick(Portfolios.Btc, 60_000);
        h.Engine.Universe.TryGetSlot(Portfolios.BtcFuture, out int future);
        double futureLambda = ImpactModel.ProportionalCost(60_000, h.Engine.Costs[future]);
        Assert.True(futureLambda > lambda);
        Assert.Equal(GammaAwareBand.Clamped(futureLambda, 60_000, gamma, 1e-4, 0.05, 10), h.Engine.DeltaSnapshot(0).HalfWidth, 12);
    }

    [Fact]
    public void AnUnpricedUnderlyingIsNotHedged()
    {
        var h = LinearBook(5);
        Assert.False(h.DecideAll().Acted);
        Assert.True(double.IsNaN(h.Engine.DeltaSnapshot(0).Delta));
    }
}
