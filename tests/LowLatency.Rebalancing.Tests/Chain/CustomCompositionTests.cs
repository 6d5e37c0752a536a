using LowLatency.Model.Intents;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Delta;
using LowLatency.Rebalancing.Engine;
using LowLatency.Rebalancing.Leverage;
using LowLatency.Rebalancing.Liquidation;
using LowLatency.Rebalancing.Policies;
using LowLatency.Rebalancing.Tests.Fixtures;

namespace LowLatency.Rebalancing.Tests.Chain;

public class CustomCompositionTests
{
    // A user policy: emits a collateral transfer whenever equity falls below a floor (no intents).
    private struct EquityFloorAlarm(double floor) : IRebalancingPolicy
    {
        public int Fired;

        public void Decide(in PolicyContext context, ref DecisionOutput output)
        {
            if (context.State.Book.Account.Equity < floor)
            {
                Fired++;
                output.TryAdd(new CollateralTransfer { Amount = 1, Reason = RebalanceReason.Manual, DecisionTimestampNs = context.NowNs });
                output.Restrict(DecisionRestriction.Halt);
            }
        }
    }

    [Fact]
    public void AChainComposedOfOtherStructPoliciesRunsThemInOrderAndStopsAtAHalt()
    {
        RebalancingEngine engine = RebalancingEngine.Create(Portfolios.DeltaOnly(instruments: Portfolios.Instruments(calls: 0, puts: 0) is var l ? [l[0] with { Quantity = 3 }, .. l.Skip(1)] : null));
        DeltaHedgePolicy delta = DeltaHedgePolicy.Create(engine.Config, engine.Universe);
        var chain = new PolicyChain<EquityFloorAlarm, NoPolicy, DeltaHedgePolicy, NoPolicy>(new EquityFloorAlarm(0), default, delta, default);
        engine.Book.OnTick(Portfolios.Btc, 60_000, Portfolios.StartNs);
        engine.Universe.TryGetUnderlyingSlot(Portfolios.Btc, out int btc);
        var intents = new HedgeIntent[4];
        var transfers = new CollateralTransfer[4];

        var output = new DecisionOutput(intents, transfers);
        chain.Decide(new PolicyContext(engine.State, btc, Portfolios.StartNs, Portfolios.StartNs), ref output);
        Assert.Equal(1, output.IntentCount); // the alarm is quiet, the delta policy hedges the 3 BTC
        Assert.Equal(RebalanceReason.DeltaBand, intents[0].Reason);
        engine.OnOrderDone(intents[0].Instrument, Harness.Signed(intents[0]));

        chain.Liquidation = new EquityFloorAlarm(1e12); // by reference: the chain's own copy is replaced
        output = new DecisionOutput(intents, transfers);
        chain.Decide(new PolicyContext(engine.State, btc, Portfolios.StartNs, Portfolios.StartNs), ref output);
        Assert.Equal(1, chain.Liquidation.Fired); // state lives in the chain's struct, not in a copy
        Assert.Equal(0, output.IntentCount); // halted before the delta policy
        Assert.Equal(1, output.TransferCount);
    }

    [Fact]
    public void UnconfiguredPoliciesAreInert()
    {
        var h = new Harness(Portfolios.DeltaOnly());
        Assert.Equal(ProtectionLevel.Normal, h.Engine.LiquidationLevel);
        Assert.Equal(LeverageCampaign.None, h.Engine.LeverageCampaign);
        Assert.Equal(0, h.Engine.Chain.Weights.RuleCount);
        Assert.Equal(0, default(DeltaHedgePolicy).RuleCount);
        var output = new DecisionOutput([], []);
        default(TargetLeveragePolicy).Decide(new PolicyContext(h.Engine.State, PolicyContext.All, 0, 0), ref output);
        default(LiquidationProtectionPolicy).Decide(new PolicyContext(h.Engine.State, PolicyContext.All, 0, 0), ref output);
        Assert.Equal(0, output.IntentCount + output.TransferCount + output.Dropped);
    }
}
