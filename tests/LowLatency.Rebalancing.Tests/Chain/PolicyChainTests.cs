using LowLatency.Model.Instruments;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Engine;
using LowLatency.Rebalancing.Liquidation;
using LowLatency.Rebalancing.Policies;
using LowLatency.Rebalancing.Tests.Fixtures;

namespace LowLatency.Rebalancing.Tests.Chain;

public class PolicyChainTests
{
    private static DeltaHedgeConfig BtcDelta(params string[] hedges) => new()
    {
        Underlying = "BTC",
        Hedges = hedges,
        Band = DeltaBandKind.Fixed,
        HalfWidth = 0.5,
    };

    [Fact]
    public void WhileCollateralIsBeingAddedADeltaHedgeThatWouldAddToAPositionIsSuppressed()
    {
        // Short 8 BTC spot against long 5 BTC-PERP: delta −3, the perp-only hedge would buy more perp.
        PortfolioConfig config = MarginBook.Config(btcSpot: -8) with { Deltas = [BtcDelta("BTC-PERP")] };
        var h = new Harness(config);
        h.Mark(Portfolios.Eth, 2_700);
        h.Tick(Portfolios.Btc, 60_000); // MR ≈ 1.48: level 1
        Assert.Equal(ProtectionLevel.AddCollateral, h.Engine.LiquidationLevel);
        Assert.Equal(1, h.Last.Transfers);
        Assert.Equal(0, h.Last.Intents);
        Assert.Equal(-3.0, h.Engine.DeltaSnapshot(0).Delta, 9); // evaluated, but the buy was suppressed
    }

    [Fact]
    public void WhileCollateralIsBeingAddedADeltaHedgeThatReducesAPositionGoesThrough()
    {
        PortfolioConfig config = MarginBook.Config(btcSpot: -8) with { Deltas = [BtcDelta("BTC-PERP", "BTC")] };
        var h = new Harness(config);
        h.Mark(Portfolios.Eth, 2_700);
        h.Tick(Portfolios.Btc, 60_000);
        Assert.Equal(ProtectionLevel.AddCollateral, h.Engine.LiquidationLevel);
        HedgeIntent buy = h.Single;
        Assert.Equal(Portfolios.Btc, buy.Instrument); // buying back spot shrinks the short
        Assert.Equal(Side.Buy, buy.Side);
        Assert.Equal(2.5, buy.Quantity.ToDouble(), 9);
    }

    [Fact]
    public void AtTheReduceLevelLowerPoliciesAreNotEvaluated()
    {
        PortfolioConfig config = MarginBook.Config(btcSpot: 3) with { Deltas = [BtcDelta("BTC-PERP", "BTC")], Liquidation = MarginBook.Liquidation with { Reserve = 0 } };
        var h = new Harness(config);
        h.Mark(Portfolios.Eth, 2_150);
        h.Tick(Portfolios.Btc, 60_000);
        Assert.True(h.Engine.LiquidationLevel >= ProtectionLevel.ReduceExposure);
        Assert.Equal(DecisionRestriction.Halt, h.Last.Restriction);
        foreach (HedgeIntent intent in h.Intents)
        {
            Assert.Equal(PolicyIds.Liquidation, intent.PolicyId);
        }

        Assert.True(double.IsNaN(h.Engine.DeltaSnapshot(0).Delta)); // the delta policy never ran
    }

    // Long 3 BTC (unhedged delta 3) next to the levered ETH-PERP: equity 100·S − 20 000, gross 100·S + 180 000,
    // so leverage is 1.7 at ETH 3 000, 3.5 at 1 000 (above Max) and 4.1 at 850 (ripcord).
    private static PortfolioConfig LeveredEthWithBtcDelta() => LeveragedBook.Config() with
    {
        Cash = -200_000,
        Instruments =
        [
            .. LeveragedBook.Config().Instruments,
            Portfolios.Linear(1, "BTC", InstrumentKind.Spot, "BTC", quantity: 3, spread: 0, fee: 0),
            Portfolios.Linear(2, "BTC-PERP", InstrumentKind.Perpetual, "BTC", spread: 0, fee: 0),
        ],
        Deltas = [BtcDelta("BTC-PERP", "BTC")],
    };

    [Fact]
    public void TheRipcordHaltsDeltaHedging()
    {
        var h = new Harness(LeveredEthWithBtcDelta());
        h.Mark(Portfolios.Btc, 60_000);
        h.Tick(Portfolios.Eth, 850);
        Assert.Equal(RebalanceReason.LeverageRipcord, h.Single.Reason);
        Assert.Equal(DecisionRestriction.Halt, h.Last.Restriction);

        var calm = new Harness(LeveredEthWithBtcDelta());
        calm.Mark(Portfolios.Eth, 3_000);
        calm.Tick(Portfolios.Btc, 60_000);
        Assert.Equal(RebalanceReason.DeltaBand, calm.Single.Reason); // the same delta is hedged when leverage is calm
    }

    [Fact]
    public void ADeleveringCampaignMakesDeltaHedgingReduceOnly()
    {
        PortfolioConfig config = LeveredEthWithBtcDelta();
        var h = new Harness(config with { Deltas = [BtcDelta("BTC-PERP")] }); // the only hedge would open a short perp
        h.Mark(Portfolios.Btc, 60_000);
        h.Tick(Portfolios.Eth, 1_000);
        Assert.Equal(RebalanceReason.LeverageAboveMax, h.Single.Reason);
        Assert.Equal(DecisionRestriction.ReduceOnly, h.Last.Restriction);
        h.FillAll(1_000);
        h.Advance(TimeSpan.FromSeconds(1));
        Assert.False(h.Tick(Portfolios.Btc, 60_000).Acted); // delta 3 stays unhedged while de-levering

        var both = new Harness(config);
        both.Mark(Portfolios.Btc, 60_000);
        both.Tick(Portfolios.Eth, 1_000);
        both.FillAll(1_000);
        both.Advance(TimeSpan.FromSeconds(1));
        both.Tick(Portfolios.Btc, 60_000);
        Assert.Equal(Portfolios.Btc, both.Single.Instrument); // selling spot reduces a position: allowed
        Assert.Equal(Side.Sell, both.Single.Side);
    }

    [Fact]
    public void AnUnderlyingTradedByAHigherPolicyIsSkippedByLowerOnesInTheSameDecision()
    {
        PortfolioConfig config = LeveragedBook.Config() with
        {
            Targets = [new WeightTargetConfig { Underlying = "ETH", Instrument = "ETH", Weight = 0.5, AbsoluteBand = 0.01 }],
            Leverage = LeveragedBook.Leverage with { Min = 3.1, Target = 3.15, Max = 3.2, Ripcord = 10 },
        };
        var h = new Harness(config);
        h.Tick(Portfolios.Eth, 3_000); // L = 3 < Min: a lever-up chunk on ETH-PERP claims ETH; the weight trade waits
        Assert.Equal(RebalanceReason.LeverageBelowMin, h.Single.Reason);
        h.Advance(TimeSpan.FromSeconds(1));
        h.Tick(Portfolios.Eth, 3_000); // no chunk due: now the weight policy trades (within the gross headroom)
        Assert.Equal(PolicyIds.Weights, h.Single.PolicyId);
    }

    [Fact]
    public void AFullOutputDropsAndCountsWithoutRecordingTheDroppedIntentAsInFlight()
    {
        RebalancingEngine engine = RebalancingEngine.Create(MarginBook.Config(MarginBook.Liquidation with { Reserve = 0 }));
        engine.Book.OnTick(Portfolios.Btc, 60_000, Portfolios.StartNs);
        engine.Book.OnTick(Portfolios.Eth, 2_000, Portfolios.StartNs);
        var one = new HedgeIntent[1];
        DecisionResult result = engine.Decide(Portfolios.Eth, Portfolios.StartNs, Portfolios.StartNs, one, []);
        Assert.Equal(1, result.Intents);
        Assert.Equal(1, result.Dropped);
        engine.Universe.TryGetSlot(one[0].Instrument, out int sent);
        int other = sent == 1 ? 3 : 1; // BTC-PERP is slot 1, ETH-PERP slot 3
        Assert.NotEqual(0, engine.Positions.Pending(sent));
        Assert.Equal(0, engine.Positions.Pending(other));
    }
}
