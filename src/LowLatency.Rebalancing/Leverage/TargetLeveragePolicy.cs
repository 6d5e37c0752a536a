using LowLatency.Model.Intents;
using LowLatency.Quant.Exposure;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Policies;
using LowLatency.Rebalancing.Sizing;
using LowLatency.Rebalancing.Universe;

namespace LowLatency.Rebalancing.Leverage;

/// <summary>
/// Target leverage, an automated leverage protocol: leverage L = projected gross exposure / equity is kept in
/// [Min, Max] by scaling the levered legs pro rata back to Target, in chunks of at most MaxTradeNotional every
/// ChunkInterval, with Cooldown between campaigns; at L ≥ Ripcord it de-levers to Target at once (Immediate).
/// </summary>
/// <remarks>
/// <para>Triggers are inclusive at the hard limit and exclusive at the soft ones: the ripcord fires at exactly
/// L = Ripcord; a campaign starts at L &gt; Max or L &lt; Min and ends once L crosses Target. Because a campaign
/// always ends at Target, strictly inside the band, and the next one cannot start before the cooldown, the legs
/// never go buy-sell-buy within a cooldown (only the ripcord may interrupt, and it only sells).</para>
/// <para>Projected gross exposure counts in-flight linear orders, so a chunk is never re-sent while it works.
/// Equity ≤ 0 with exposure is infinite leverage: the ripcord closes the legs. Lever-up needs a non-zero leg
/// (it scales existing positions; it does not pick a direction).</para>
/// <para>A chunk's leg larger than the impact limit is cut to it (reason ImpactSlice); the campaign sends the
/// rest in later chunks. The ripcord is never sliced.</para>
/// <para>Constraints passed down: ripcord → Halt; de-levering campaign → ReduceOnly; always → the gross headroom
/// Max·equity − gross for the weight policy.</para>
/// </remarks>
public struct TargetLeveragePolicy : IRebalancingPolicy
{
    private readonly LeverageState? _state;

    private TargetLeveragePolicy(LeverageState state)
    {
        _state = state;
    }

    /// <summary>The current campaign (None when the policy is not configured).</summary>
    public readonly LeverageCampaign Campaign => _state?.Campaign ?? LeverageCampaign.None;

    /// <summary>Leverage seen by the last decision.</summary>
    public readonly double LastLeverage => _state?.LastLeverage ?? 0;

    /// <summary>Times the ripcord fired.</summary>
    public readonly long Ripcords => _state?.Ripcords ?? 0;

    /// <summary>Campaigns started.</summary>
    public readonly long Campaigns => _state?.Campaigns ?? 0;

    /// <summary>Resolves [LEVERAGE]; an unconfigured policy does nothing.</summary>
    public static TargetLeveragePolicy Create(PortfolioConfig config, HedgeUniverse universe)
    {
        if (config.Leverage is not { } c)
        {
            return default;
        }

        var legs = new int[c.Legs.Count];
        for (int i = 0; i < legs.Length; i++)
        {
            legs[i] = universe.SlotOf(c.Legs[i]);
        }

        return new TargetLeveragePolicy(new LeverageState(c, legs));
    }

    public readonly void Decide(in PolicyContext context, ref DecisionOutput output)
    {
        LeverageState? st = _state;
        if (st is null || !context.State.AccountPriced)
        {
            return;
        }

        RebalancingState s = context.State;
        ref readonly AccountRisk account = ref s.Book.Account;
        double equity = account.Equity;
        double gross = account.GrossExposure;
        double leverage = account.Leverage;
        if (s.Positions.AnyPending)
        {
            gross += PendingGrossChange(s);
            leverage = equity > 0 ? gross / equity : gross == 0 ? 0 : double.PositiveInfinity;
        }

        st.LastLeverage = leverage;
        output.GrossHeadroom = Math.Min(output.GrossHeadroom, st.Max * equity - gross);
        if (leverage >= st.Ripcord)
        {
            PullRipcord(st, in context, ref output, leverage, gross, equity);
            output.Restrict(DecisionRestriction.Halt);
            return;
        }

        long now = context.NowNs;
        if (st.Campaign == LeverageCampaign.Delever && leverage <= st.Target
            || st.Campaign == LeverageCampaign.Lever && leverage >= st.Target)
        {
            st.Campaign = LeverageCampaign.None;
            st.CooldownUntilNs = now + st.CooldownNs;
        }
        else if (st.Campaign == LeverageCampaign.None && now >= st.CooldownUntilNs)
        {
            if (leverage > st.Max)
            {
                Start(st, LeverageCampaign.Delever, now);
            }
            else if (leverage < st.Min && equity > 0 && output.Restriction == DecisionRestriction.None && LegsGross(st, s) > 0)
            {
                Start(st, LeverageCampaign.Lever, now);
            }
        }

        if (st.Campaign != LeverageCampaign.None && now >= st.NextChunkNs)
        {
            Chunk(st, in context, ref output, leverage, gross, equity);
        }

        if (st.Campaign == LeverageCampaign.Delever)
        {
            output.Restrict(DecisionRestriction.ReduceOnly);
        }
    }

    private static void Start(LeverageState st, LeverageCampaign campaign, long now)
    {
        st.Campaign = campaign;
        st.NextChunkNs = now;
        st.Campaigns++;
    }

    private static void Chunk(LeverageState st, in PolicyContext context, ref DecisionOutput output, double leverage, double gross, double equity)
    {
        bool delever = st.Campaign == LeverageCampaign.Delever;
        double legs = LegsGross(st, context.State);
        double notional = Math.Min(Math.Abs(gross - st.Target * equity), st.MaxTradeNotional);
        if (!(legs > 0) || !(notional > 0))
        {
            return;
        }

        st.NextChunkNs = context.NowNs + st.ChunkIntervalNs;
        Scale(st, in context, ref output, notional / legs, delever, ripcord: false,
            delever ? RebalanceReason.LeverageAboveMax : RebalanceReason.LeverageBelowMin, leverage, delever ? st.Max : st.Min);
    }

    private static void PullRipcord(LeverageState st, in PolicyContext context, ref DecisionOutput output, double leverage, double gross, double equity)
    {
        st.Ripcords++;
        st.Campaign = LeverageCampaign.None;
        st.CooldownUntilNs = context.NowNs + st.CooldownNs;
        double legs = LegsGross(st, context.State);
        if (!(legs > 0))
        {
            return; // nothing levered to sell: liquidation protection owns what is left
        }

        double fraction = equity > 0 ? Math.Min((gross - st.Target * equity) / legs, 1.0) : 1.0;
        Scale(st, in context, ref output, fraction, delever: true, ripcord: true, RebalanceReason.LeverageRipcord, leverage, st.Ripcord);
    }

    // Moves every leg by the same fraction of its projected position: down (delever) or up.
    private static void Scale(LeverageState st, in PolicyContext context, ref DecisionOutput output, double fraction, bool delever, bool ripcord, RebalanceReason reason, double leverage, double threshold)
    {
        RebalancingState s = context.State;
        HedgeUniverse u = s.Universe;
        foreach (int leg in st.Legs)
        {
            double projected = s.Positions.Projected(leg);
            double lot = u.LotContracts[leg];
            long held = LotSizing.FloorLots(projected, lot);
            long lots = ripcord ? Math.Min(LotSizing.CeilingLots(fraction * projected, lot), held) : LotSizing.NearestLots(fraction * projected, lot);
            if (delever)
            {
                lots = Math.Min(lots, held);
            }

            bool sliced = false;
            if (!ripcord)
            {
                lots = ImpactSlicing.Cap(lots, lot * u.Multiplier[leg], in s.Costs[leg], s.MaxImpactFraction, out sliced);
            }

            if (lots == 0)
            {
                continue;
            }

            long signed = (delever ? -1 : 1) * Math.Sign(projected) * lots;
            IntentEmitter.Emit(in context, ref output, leg, signed, ripcord ? ExecutionUrgency.Immediate : st.Urgency, sliced ? RebalanceReason.ImpactSlice : reason,
                PolicyIds.Leverage, leverage, threshold, st.Target, s.LinearPrice(leg));
        }
    }

    private static double LegsGross(LeverageState st, RebalancingState s)
    {
        double total = 0;
        foreach (int leg in st.Legs)
        {
            total += Math.Abs(s.Positions.Projected(leg)) * s.Universe.Multiplier[leg] * s.LinearPrice(leg);
        }

        return total;
    }

    // Gross exposure the in-flight linear orders will add (or remove) once filled, at current prices.
    private static double PendingGrossChange(RebalancingState s)
    {
        HedgeUniverse u = s.Universe;
        PositionTracker p = s.Positions;
        double change = 0;
        for (int i = 0; i < u.InstrumentCount; i++)
        {
            double pending = p.Pending(i);
            if (pending != 0 && u.Kind[i] != Model.Instruments.InstrumentKind.Option)
            {
                double q = p.Position(i);
                change += (Math.Abs(q + pending) - Math.Abs(q)) * u.Multiplier[i] * s.LinearPrice(i);
            }
        }

        return change;
    }
}
