using LowLatency.Core.FixedPoint;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Liquidation;
using LowLatency.Rebalancing.Policies;
using LowLatency.Rebalancing.Tests.Fixtures;

namespace LowLatency.Rebalancing.Tests.Liquidation;

public class LiquidationProtectionPolicyTests
{
    private static LiquidationConfig Thresholds(double add, double reduce, double full) => MarginBook.Liquidation with
    {
        AddCollateralBelow = add,
        ReduceBelow = reduce,
        FullBelow = full,
        CollateralTarget = add + 1,
        ReduceTarget = reduce + 1,
    };

    public static TheoryData<ProtectionLevel> Levels() => [ProtectionLevel.AddCollateral, ProtectionLevel.ReduceExposure, ProtectionLevel.FullLiquidation];

    [Theory]
    [MemberData(nameof(Levels))]
    public void EachLevelTriggersOnTheLiveBookExactlyAtItsThresholdAndNotOneUlpBefore(ProtectionLevel level)
    {
        double ratio = MarginBook.MarginRatioAt(2_300); // ≈ 1.509
        LiquidationConfig at = level switch
        {
            ProtectionLevel.AddCollateral => Thresholds(ratio, 0.5, 0.2),
            ProtectionLevel.ReduceExposure => Thresholds(5, ratio, 0.2),
            _ => Thresholds(5, 4, ratio),
        };
        LiquidationConfig before = level switch
        {
            ProtectionLevel.AddCollateral => at with { AddCollateralBelow = Math.BitDecrement(ratio) },
            ProtectionLevel.ReduceExposure => at with { ReduceBelow = Math.BitDecrement(ratio) },
            _ => at with { FullBelow = Math.BitDecrement(ratio) },
        };

        Assert.Equal(level, MarginBook.At(2_300, at).Engine.LiquidationLevel);
        Assert.Equal(level - 1, MarginBook.At(2_300, before).Engine.LiquidationLevel);
    }

    [Fact]
    public void TheFirstLevelMovesCollateralFromTheReserveAndMakesLowerPoliciesReduceOnly()
    {
        var h = MarginBook.At(2_300); // equity 80 000, maintenance 53 000: MR 1.509
        Assert.Equal(ProtectionLevel.AddCollateral, h.Engine.LiquidationLevel);
        Assert.Equal(1, h.Last.Transfers);
        CollateralTransfer t = h.Transfers[0];
        Assert.Equal(20_000, t.Amount); // 2.0·53 000 − 80 000 = 26 000, capped by the 20 000 reserve
        Assert.Equal(RebalanceReason.LiquidationAddCollateral, t.Reason);
        Assert.Equal(80_000 / 53_000.0, t.Observed, 12);
        Assert.Equal(1.6, t.Threshold);
        Assert.Equal(DecisionRestriction.ReduceOnly, h.Last.Restriction);
        Assert.Equal(0, h.Last.Intents);
        Assert.Equal(0, h.Engine.Chain.Liquidation.Reserve);

        h.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(0, h.Tick(Portfolios.Eth, 2_300).Transfers); // the reserve is empty
        h.Engine.OnCollateralTransfer(20_000, succeeded: false); // treasury failed: the amount is back
        h.Tick(Portfolios.Eth, 2_300);
        Assert.Equal(20_000, h.Transfers[0].Amount);
        h.FillAll(2_300);
        Assert.Equal(100_000 / 53_000.0, h.Engine.Book.Account.MarginRatio, 12);
    }

    [Fact]
    public void CollateralRequestsAreSpacedByTheRetryInterval()
    {
        var h = MarginBook.At(2_300, MarginBook.Liquidation with { Reserve = 100_000, CollateralTarget = 1.75 });
        Assert.Equal(12_750, h.Transfers[0].Amount, 9); // 1.75·53 000 − 80 000
        h.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(0, h.Tick(Portfolios.Eth, 2_300).Transfers); // not confirmed yet, retry not due
        h.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(1, h.Tick(Portfolios.Eth, 2_300).Transfers);
        Assert.Equal(2, h.Engine.Chain.Liquidation.Transfers);
    }

    [Fact]
    public void TheReduceLevelClosesTheLosingPositionFirstJustEnoughToReachTheTarget()
    {
        var h = MarginBook.At(2_150, MarginBook.Liquidation with { Reserve = 0 }); // equity 65 000, maintenance 51 500: MR 1.262
        Assert.Equal(ProtectionLevel.ReduceExposure, h.Engine.LiquidationLevel);
        Assert.Equal(DecisionRestriction.Halt, h.Last.Restriction);
        HedgeIntent close = h.Single;
        Assert.Equal(Portfolios.EthPerp, close.Instrument); // −85 000 unrealised, BTC-PERP is +50 000
        Assert.Equal(Side.Sell, close.Side);
        // Release 51 500 − 65 000/1.6 = 10 875 of ETH-PERP's 21 500 → 50.58 ETH, rounded up to the lot.
        Assert.Equal(new Quantity(5059, 2), close.Quantity);
        Assert.Equal(RebalanceReason.LiquidationReduceExposure, close.Reason);
        Assert.Equal(ExecutionUrgency.Aggressive, close.Urgency);
        Assert.Equal(1.3, close.Threshold);
        Assert.Equal(1.6, close.Target);

        h.Advance(TimeSpan.FromSeconds(2));
        Assert.False(h.Tick(Portfolios.Eth, 2_150).Acted); // in flight: not sent twice
        h.Engine.ApplyFill(close.Instrument, Harness.Signed(close), 2_150);
        h.Tick(Portfolios.Eth, 2_150);
        Assert.True(h.Engine.Book.Account.MarginRatio >= 1.6);
        Assert.Equal(ProtectionLevel.AddCollateral, h.Engine.LiquidationLevel); // below 1.6 + 0.1: level 1 stays
    }

    [Fact]
    public void LargestMarginFirstClosesTheBiggestMarginUser()
    {
        var h = MarginBook.At(2_150, MarginBook.Liquidation with { Reserve = 0, Order = ReductionOrder.LargestMarginFirst });
        Assert.Equal(Portfolios.BtcPerp, h.Single.Instrument); // 30 000 of maintenance against ETH-PERP's 21 500
        Assert.Equal(new Quantity(1813, 3), h.Single.Quantity); // 10 875/30 000 of 5 BTC, rounded up
    }

    [Fact]
    public void CollateralAddedInTheSameDecisionReducesWhatMustBeClosed()
    {
        var h = MarginBook.At(2_150, MarginBook.Liquidation with { Reserve = 5_000 });
        Assert.Equal(5_000, h.Transfers[0].Amount);
        // Release 51 500 − 70 000/1.6 = 7 750 → 36.05 ETH.
        Assert.Equal(new Quantity(3605, 2), h.Single.Quantity);
    }

    [Fact]
    public void TheFullLevelClosesEverythingAtOnce()
    {
        var h = MarginBook.At(2_000, MarginBook.Liquidation with { Reserve = 0 }); // MR = 50 000/50 000 = 1
        Assert.Equal(ProtectionLevel.FullLiquidation, h.Engine.LiquidationLevel);
        Assert.Equal(2, h.Last.Intents);
        foreach (HedgeIntent intent in h.Intents)
        {
            Assert.Equal(RebalanceReason.LiquidationFull, intent.Reason);
            Assert.Equal(ExecutionUrgency.Immediate, intent.Urgency);
            Assert.Equal(Side.Sell, intent.Side);
            Assert.Equal(0.0, intent.Target);
        }

        h.FillAll(2_000); // (BTC-PERP at 2 000 is wrong, but the book only needs a valid price here)
        Assert.Equal(0, h.Quantity(Portfolios.EthPerp));
        Assert.Equal(0, h.Quantity(Portfolios.BtcPerp));
        h.Tick(Portfolios.Eth, 2_000);
        Assert.Equal(ProtectionLevel.Normal, h.Engine.LiquidationLevel); // no maintenance left: MR = ∞
    }
}
