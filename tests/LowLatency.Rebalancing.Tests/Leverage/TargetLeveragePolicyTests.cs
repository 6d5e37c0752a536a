using LowLatency.Core.FixedPoint;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;
using LowLatency.Rebalancing.Leverage;
using LowLatency.Rebalancing.Policies;
using LowLatency.Rebalancing.Tests.Fixtures;

namespace LowLatency.Rebalancing.Tests.Leverage;

public class TargetLeveragePolicyTests
{
    [Fact]
    public void TheRipcordFiresExactlyAtItsThreshold()
    {
        double leverage = LeveragedBook.LeverageAt(2_700); // 270 000 / 70 000 ≈ 3.857
        var h = new Harness(LeveragedBook.Config(LeveragedBook.Leverage with { Ripcord = leverage }));
        h.Tick(Portfolios.Eth, 2_700);
        HedgeIntent intent = h.Single;
        Assert.Equal(RebalanceReason.LeverageRipcord, intent.Reason);
        Assert.Equal(ExecutionUrgency.Immediate, intent.Urgency);
        Assert.Equal(DecisionRestriction.Halt, h.Last.Restriction);
        Assert.Equal(leverage, intent.Observed);
        Assert.Equal(leverage, intent.Threshold);
        Assert.Equal(1, h.Engine.Chain.Leverage.Ripcords);
    }

    [Fact]
    public void OneUlpBelowTheRipcordOnlyAChunkedCampaignStarts()
    {
        double leverage = LeveragedBook.LeverageAt(2_700);
        var h = new Harness(LeveragedBook.Config(LeveragedBook.Leverage with { Ripcord = Math.BitIncrement(leverage) }));
        h.Tick(Portfolios.Eth, 2_700);
        Assert.Equal(RebalanceReason.LeverageAboveMax, h.Single.Reason);
        Assert.Equal(ExecutionUrgency.Aggressive, h.Single.Urgency);
        Assert.Equal(0, h.Engine.Chain.Leverage.Ripcords);
        Assert.Equal(LeverageCampaign.Delever, h.Engine.LeverageCampaign);
    }

    [Fact]
    public void TheRipcordSellsTheLegsToTargetLeverageAtOnce()
    {
        var h = new Harness(LeveragedBook.Config());
        h.Tick(Portfolios.Eth, 2_650); // L = 265 000/65 000 = 4.08
        // Gross to shed = 265 000 − 2·65 000 = 135 000 → 50.94 ETH, rounded up to the lot.
        Assert.Equal(new Quantity(5095, 2), h.Single.Quantity);
        Assert.Equal(Side.Sell, h.Single.Side);
        Assert.Equal(default, h.Single.LimitPrice); // at any price
        h.FillAll(2_650);
        Assert.InRange(h.Engine.Book.Account.Leverage, 1.99, 2.0);
        Assert.False(h.Tick(Portfolios.Eth, 2_650).Acted);
    }

    [Fact]
    public void AboveMaxTheLegsAreReducedInChunksSpacedByTheChunkIntervalUntilTarget()
    {
        var h = new Harness(LeveragedBook.Config());
        h.Tick(Portfolios.Eth, 2_800); // L = 280 000/80 000 = 3.5
        Assert.Equal(RebalanceReason.LeverageAboveMax, h.Single.Reason);
        Assert.Equal(new Quantity(1786, 2), h.Single.Quantity); // 50 000 of 280 000 → 17.857 ETH
        Assert.Equal(3.2, h.Single.Threshold);
        Assert.Equal(2.0, h.Single.Target);
        Assert.Equal(DecisionRestriction.ReduceOnly, h.Last.Restriction);
        h.FillAll(2_800);

        int chunks = 1;
        for (int second = 1; second < 60 && h.Engine.LeverageCampaign == LeverageCampaign.Delever; second++)
        {
            h.Advance(TimeSpan.FromSeconds(1));
            h.Tick(Portfolios.Eth, 2_800);
            if (second % 5 != 0)
            {
                Assert.False(h.Last.Acted); // chunks wait for the interval
                continue;
            }

            if (h.Last.Intents > 0)
            {
                Assert.True(h.Single.Quantity.ToDouble() * 2_800 <= 50_000 + 0.01 * 2_800);
                chunks++;
                h.FillAll(2_800);
            }
        }

        Assert.Equal(3, chunks); // 120 000 of gross to shed at ≤ 50 000 per chunk
        Assert.Equal(LeverageCampaign.None, h.Engine.LeverageCampaign);
        Assert.InRange(h.Engine.Book.Account.Leverage, 1.99, 2.01);
    }

    [Fact]
    public void AChunkLargerThanTheImpactLimitIsCutButTheRipcordNeverIs()
    {
        var h = new Harness(LeveragedBook.Config() with { Impact = new Rebalancing.Config.ImpactConfig { MaxImpactBps = 1 } });
        h.Tick(Portfolios.Eth, 2_800);
        Assert.Equal(RebalanceReason.ImpactSlice, h.Single.Reason);
        Assert.Equal(PolicyIds.Leverage, h.Single.PolicyId);
        Assert.Equal(new Quantity(222, 2), h.Single.Quantity); // the 17.86 ETH chunk capped at 2.22 ETH

        var crash = new Harness(LeveragedBook.Config() with { Impact = new Rebalancing.Config.ImpactConfig { MaxImpactBps = 1 } });
        crash.Tick(Portfolios.Eth, 2_650);
        Assert.Equal(RebalanceReason.LeverageRipcord, crash.Single.Reason);
        Assert.Equal(new Quantity(5095, 2), crash.Single.Quantity);
    }

    [Fact]
    public void NoNewCampaignStartsWithinTheCooldown()
    {
        var h = new Harness(LeveragedBook.Config(LeveragedBook.Leverage with { MaxTradeNotional = 1e9 }));
        h.Tick(Portfolios.Eth, 2_800);
        h.FillAll(2_800); // one chunk to target
        h.Advance(TimeSpan.FromSeconds(1));
        Assert.False(h.Tick(Portfolios.Eth, 2_800).Acted); // campaign ends at target, cooldown starts
        Assert.Equal(1, h.Engine.Chain.Leverage.Campaigns);

        // Cash −79 992 and 57.14 ETH: a fall to 1 950 takes leverage to ≈ 3.55 > Max (still below the ripcord).
        h.Advance(TimeSpan.FromMinutes(4));
        Assert.False(h.Tick(Portfolios.Eth, 1_950).Acted);
        Assert.True(h.Engine.Chain.Leverage.LastLeverage > 3.2);
        h.Advance(TimeSpan.FromSeconds(61));
        h.Tick(Portfolios.Eth, 1_950);
        Assert.Equal(RebalanceReason.LeverageAboveMax, h.Single.Reason);
        Assert.Equal(2, h.Engine.Chain.Leverage.Campaigns);
    }

    [Fact]
    public void BelowMinTheLegsAreIncreasedProRata()
    {
        var h = new Harness(LeveragedBook.Config(cash: 250_000, perp: 10));
        h.Tick(Portfolios.Eth, 3_000); // equity 280 000, gross 30 000: L = 0.107
        Assert.Equal(RebalanceReason.LeverageBelowMin, h.Single.Reason);
        Assert.Equal(Side.Buy, h.Single.Side);
        Assert.Equal(new Quantity(1667, 2), h.Single.Quantity);
        Assert.Equal(1.0, h.Single.Threshold);
    }

    [Fact]
    public void AFlatBookIsNotLeveredUpBecauseThereIsNoDirectionToScale()
    {
        var h = new Harness(LeveragedBook.Config(cash: 100_000, perp: 0));
        Assert.False(h.Tick(Portfolios.Eth, 3_000).Acted);
        Assert.Equal(LeverageCampaign.None, h.Engine.LeverageCampaign);
    }

    [Fact]
    public void NegativeEquityIsInfiniteLeverageAndTheRipcordClosesTheLegs()
    {
        var h = new Harness(LeveragedBook.Config());
        h.Tick(Portfolios.Eth, 1_900); // equity −10 000
        Assert.Equal(RebalanceReason.LeverageRipcord, h.Single.Reason);
        Assert.Equal(new Quantity(10_000, 2), h.Single.Quantity);
        Assert.Equal(double.PositiveInfinity, h.Single.Observed);
    }

    [Fact]
    public void TheWeightPolicyIsGivenTheGrossHeadroomLeftBelowMax()
    {
        var h = new Harness(LeveragedBook.Config(cash: 250_000, perp: 10) with
        {
            Targets = [new Rebalancing.Config.WeightTargetConfig { Underlying = "ETH", Instrument = "ETH", Weight = 5.0 }],
            Leverage = LeveragedBook.Leverage with { Legs = ["ETH-PERP"], Min = 0 },
        });
        h.Tick(Portfolios.Eth, 3_000);
        // Weight 5 wants +1 370 000 of ETH; leverage allows 3.2·280 000 − 30 000 = 866 000 of new gross.
        HedgeIntent buy = h.Single;
        Assert.Equal(Portfolios.Eth, buy.Instrument);
        Assert.Equal(new Quantity(288_666, 3), buy.Quantity);
        h.FillAll(3_000);
        Assert.InRange(h.Engine.Book.Account.Leverage, 3.19, 3.2);
        Assert.False(h.Tick(Portfolios.Eth, 3_000).Acted); // no headroom left: the weight stays below target instead of fighting leverage
    }
}
