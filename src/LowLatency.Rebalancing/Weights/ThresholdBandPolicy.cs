using System.Numerics;
using LowLatency.Model.Intents;
using LowLatency.Quant.Exposure;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Policies;
using LowLatency.Rebalancing.Sizing;
using LowLatency.Rebalancing.Universe;

namespace LowLatency.Rebalancing.Weights;

/// <summary>
/// Threshold bands around target weights (weight = the underlying's delta-adjusted exposure / equity), lowest
/// priority in the chain: absolute and relative bands (the tighter binds), trade back to the band edge or to the
/// target, minimum trade size, lot rounding; checked on every tick (Threshold), or at calendar boundaries
/// trading everything to target (Calendar), or at calendar boundaries trading only what left its band (Hybrid).
/// </summary>
/// <remarks>
/// <para>An order below MinTradeNotional is rounded up to it when the result stays inside the band, else not sent.</para>
/// <para>Orders above the impact limit are sliced (reason ImpactSlice), one slice per SliceInterval; a sliced
/// calendar rebalance stays owed until it is complete.</para>
/// <para>The weight counts in-flight orders on the traded instrument, so a trade is not repeated while it works.</para>
/// <para>Calendar boundaries are UTC multiples of the period plus the offset; the first decision only fixes the
/// next boundary (no trade at start-up), and a boundary crossed while an underlying has no price or is claimed by
/// a higher-priority policy stays owed until it can be checked.</para>
/// <para>Gross headroom: a trade that increases |position| adds at most the headroom the leverage policy left
/// (Max·equity − gross), so weights never push leverage above its band.</para>
/// </remarks>
public struct ThresholdBandPolicy : IRebalancingPolicy
{
    private readonly WeightsState? _state;

    private ThresholdBandPolicy(WeightsState state)
    {
        _state = state;
    }

    public readonly int RuleCount => _state?.Rules.Length ?? 0;

    /// <summary>Weight rule <paramref name="index"/>'s last observed weight, its half-width and target (cold).</summary>
    public readonly (double Weight, double HalfWidth, double Target, long Trades) Snapshot(int index)
    {
        WeightRule r = _state!.Rules[index];
        return (r.LastWeight, r.HalfWidth, r.Weight, r.Trades);
    }

    /// <summary>Calendar boundaries processed.</summary>
    public readonly long CalendarChecks => _state?.CalendarChecks ?? 0;

    /// <summary>Resolves [WEIGHTS] and the [TARGET] sections; without targets the policy does nothing.</summary>
    public static ThresholdBandPolicy Create(PortfolioConfig config, HedgeUniverse universe)
    {
        if (config.Targets.Count == 0)
        {
            return default;
        }

        var rules = new WeightRule[config.Targets.Count];
        var byUnderlying = new int[universe.UnderlyingCount];
        Array.Fill(byUnderlying, -1);
        for (int i = 0; i < rules.Length; i++)
        {
            rules[i] = new WeightRule(i, config.Targets[i], config.Weights, universe);
            byUnderlying[rules[i].UnderlyingSlot] = i;
        }

        return new ThresholdBandPolicy(new WeightsState(rules, byUnderlying, config.Weights));
    }

    public readonly void Decide(in PolicyContext context, ref DecisionOutput output)
    {
        WeightsState? st = _state;
        if (st is null)
        {
            return;
        }

        if (st.Schedule != RebalanceSchedule.Threshold)
        {
            Calendar(st, in context, ref output);
            return;
        }

        int slot = context.UnderlyingSlot;
        if (slot != PolicyContext.All)
        {
            int k = (uint)slot < (uint)st.RuleByUnderlying.Length ? st.RuleByUnderlying[slot] : -1;
            if (k >= 0)
            {
                Evaluate(st, st.Rules[k], in context, ref output, calendar: false);
            }

            return;
        }

        foreach (WeightRule r in st.Rules)
        {
            Evaluate(st, r, in context, ref output, calendar: false);
        }
    }

    private static void Calendar(WeightsState st, in PolicyContext context, ref DecisionOutput output)
    {
        long utc = context.UtcNs;
        if (utc >= st.NextBoundaryUtcNs)
        {
            if (st.NextBoundaryUtcNs != long.MinValue)
            {
                st.Due = st.Rules.Length == 64 ? ulong.MaxValue : (1UL << st.Rules.Length) - 1;
                st.CalendarChecks++;
            }

            st.NextBoundaryUtcNs = st.BoundaryAfter(utc);
        }

        ulong due = st.Due;
        while (due != 0)
        {
            int k = BitOperations.TrailingZeroCount(due);
            due &= due - 1;
            if (Evaluate(st, st.Rules[k], in context, ref output, calendar: st.Schedule == RebalanceSchedule.Calendar))
            {
                st.Due &= ~(1UL << k);
            }
        }
    }

    // True when the rule is settled for this boundary: checked and either inside its band, or fully traded
    // (false keeps a calendar check owed: unpriced, claimed, a slice still to send, or the output was full).
    private static bool Evaluate(WeightsState st, WeightRule r, in PolicyContext context, ref DecisionOutput output, bool calendar)
    {
        RebalancingState s = context.State;
        ref readonly UnderlyingRisk risk = ref s.Book.UnderlyingAt(r.BookGroup);
        double equity = s.Book.Account.Equity;
        if (!(risk.Price > 0) || output.IsClaimed(r.UnderlyingSlot))
        {
            return false;
        }

        if (!(equity > 0))
        {
            return true; // no meaningful weight: liquidation protection owns this state
        }

        if (context.NowNs < r.NextSliceNs)
        {
            return false; // a rebalance being sliced stays owed until its next slice
        }

        HedgeUniverse u = s.Universe;
        int slot = r.Slot;
        double price = s.LinearPrice(slot);
        double unitNotional = u.Multiplier[slot] * price; // currency per contract
        double weight = (risk.DeltaCurrency + s.Positions.Pending(slot) * unitNotional) / equity;
        r.LastWeight = weight;
        double x = weight - r.Weight;
        double lotWeight = u.LotContracts[slot] * unitNotional / equity;
        long lots = calendar ? LotSizing.NearestLots(x, lotWeight) : LotSizing.BandLots(x, r.HalfWidth, lotWeight, st.TradeTo);
        if (lots == 0)
        {
            return true;
        }

        long signed = -Math.Sign(x) * lots;
        double projected = s.Positions.Projected(slot);
        double lotNotional = u.LotContracts[slot] * unitNotional;
        if (lots * lotNotional < st.MinTradeNotional)
        {
            // Too small to send: round up to the minimum size if that still lands inside the band, else wait.
            long minimum = LotSizing.CeilingLots(st.MinTradeNotional, lotNotional);
            long inside = calendar ? lots : LotSizing.FloorLots(Math.Abs(x) + r.HalfWidth, lotWeight);
            lots = minimum <= inside ? minimum : 0;
        }

        lots = Math.Min(lots, HeadroomLots(projected, signed, output.GrossHeadroom, unitNotional, u.LotContracts[slot]));
        if (lots == 0 || lots * lotNotional < st.MinTradeNotional)
        {
            return true;
        }

        lots = ImpactSlicing.Cap(lots, u.LotContracts[slot] * u.Multiplier[slot], in s.Costs[slot], s.MaxImpactFraction, out bool sliced);
        RebalanceReason reason = sliced ? RebalanceReason.ImpactSlice : calendar ? RebalanceReason.CalendarRebalance : r.Reason;
        if (sliced)
        {
            r.NextSliceNs = context.NowNs + s.SliceIntervalNs;
        }

        signed = Math.Sign(signed) * lots;
        double edge = r.Weight + Math.Sign(x) * r.HalfWidth;
        double emitted = IntentEmitter.Emit(in context, ref output, slot, signed, st.Urgency,
            reason, r.PolicyId, weight, calendar ? r.Weight : edge,
            calendar || st.TradeTo == TradeTo.Target ? r.Weight : edge, price);
        if (emitted != 0)
        {
            r.Trades++;
            output.GrossHeadroom -= (Math.Abs(projected + emitted) - Math.Abs(projected)) * unitNotional;
        }

        return emitted != 0 && !sliced;
    }

    // Lots allowed by the gross headroom: reductions are free, additions beyond the headroom are cut.
    private static long HeadroomLots(double projected, long signedLots, double headroom, double unitNotional, double lot)
    {
        if (double.IsPositiveInfinity(headroom))
        {
            return long.MaxValue;
        }

        double room = Math.Max(headroom, 0) / unitNotional; // contracts that may be added to |position|
        bool adding = projected == 0 || Math.Sign(projected) == Math.Sign(signedLots);
        return LotSizing.FloorLots(adding ? room : Math.Abs(projected) + room, lot);
    }
}
