using System.Numerics;
using System.Runtime.CompilerServices;
using LowLatency.Model.Intents;
using LowLatency.Quant.Exposure;
using LowLatency.Rebalancing.Bands;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Estimators;
using LowLatency.Rebalancing.Impact;
using LowLatency.Rebalancing.Policies;
using LowLatency.Rebalancing.Sizing;
using LowLatency.Rebalancing.Universe;

namespace LowLatency.Rebalancing.Delta;

/// <summary>
/// Delta-neutral hedging, one rule per [DELTA] section: keeps each underlying's effective delta within a band
/// around its target (fixed in units or currency, or the gamma-aware Whalley–Wilmott band) and, when it leaves,
/// trades the candidate leg with the best variance reduction per unit of cost back to the band edge or target.
/// </summary>
/// <remarks>
/// <para>Effective delta D (units of the underlying) = the book's DeltaUnits + in-flight orders on the direct
/// hedges + every cross-hedge position converted back at its hedge ratio (P_f / h*, currency → units at S).</para>
/// <para>Candidates: direct hedges (spot, perpetual, future on the underlying; one unit of delta per unit, ρ² = 1)
/// and cross-hedges (units of s per contract m·F/(h*·S), effectiveness ρ² from the rolling estimator). Score =
/// ρ²·(x² − post²)/cost with cost = half spread + fee + square-root impact + carry over the holding period, so
/// among equally effective legs the cheapest per unit of delta wins and a cross-hedge is only used when its
/// lower effectiveness is paid for by a lower cost. Under a reduce-only restriction, only legs whose trade
/// shrinks their position compete.</para>
/// <para>An order below MinTradeNotional is rounded up to it when the result still lands inside the band, and
/// otherwise not sent (the drift waits until it is worth an order).</para>
/// <para>Orders above the impact limit are sliced (reason ImpactSlice, same observed/threshold/target) and the
/// next slice waits SliceInterval. Zero allocation; O(candidates) when trading, O(1) inside the band.</para>
/// </remarks>
public struct DeltaHedgePolicy : IRebalancingPolicy
{
    private readonly DeltaRule[] _rules;
    private readonly ulong[] _affected; // per underlying slot: the rules a tick on it can move (own + cross-hedged)
    private readonly ulong _all;

    private DeltaHedgePolicy(DeltaRule[] rules, ulong[] affected)
    {
        _rules = rules;
        _affected = affected;
        _all = rules.Length == 64 ? ulong.MaxValue : (1UL << rules.Length) - 1;
    }

    /// <summary>Number of delta rules ([DELTA] sections).</summary>
    public readonly int RuleCount => _rules?.Length ?? 0;

    /// <summary>What rule <paramref name="index"/> last saw (cold: dashboards, tests, backtests).</summary>
    public readonly DeltaBandSnapshot Snapshot(int index, HedgeUniverse universe)
    {
        DeltaRule r = _rules[index];
        return new DeltaBandSnapshot(universe.UnderlyingId[r.UnderlyingSlot], r.LastDelta, r.LastHalfWidth, r.Target, r.Trades);
    }

    /// <summary>Rule index managing underlying slot <paramref name="underlyingSlot"/>, or −1.</summary>
    public readonly int RuleOf(int underlyingSlot)
    {
        for (int k = 0; k < RuleCount; k++)
        {
            if (_rules[k].UnderlyingSlot == underlyingSlot)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The rolling cross-hedge ratio of rule <paramref name="index"/>'s <paramref name="crossHedge"/>-th cross-hedge.</summary>
    public readonly CrossHedgeRatio CrossHedgeRatio(int index, int crossHedge) => _rules[index].Ratios[crossHedge];

    /// <summary>Resolves the [DELTA] sections (cold path).</summary>
    public static DeltaHedgePolicy Create(PortfolioConfig config, HedgeUniverse universe)
    {
        var rules = new DeltaRule[config.Deltas.Count];
        var affected = new ulong[universe.UnderlyingCount];
        for (int k = 0; k < rules.Length; k++)
        {
            DeltaHedgeConfig d = config.Deltas[k];
            int u = universe.UnderlyingSlotOf(d.Underlying);
            var hedges = new int[d.Hedges.Count];
            for (int i = 0; i < hedges.Length; i++)
            {
                hedges[i] = universe.SlotOf(d.Hedges[i]);
            }

            var cross = new int[d.CrossHedges.Count];
            var ratios = new CrossHedgeRatio[cross.Length];
            for (int i = 0; i < cross.Length; i++)
            {
                cross[i] = universe.SlotOf(d.CrossHedges[i]);
                int f = universe.UnderlyingSlot[cross[i]];
                ratios[i] = new CrossHedgeRatio(universe.BookGroup[u], universe.BookGroup[f], d);
                affected[f] |= 1UL << k;
            }

            affected[u] |= 1UL << k;
            rules[k] = new DeltaRule(k, d, universe, hedges, cross, ratios);
        }

        return new DeltaHedgePolicy(rules, affected);
    }

    public readonly void Decide(in PolicyContext context, ref DecisionOutput output)
    {
        if (_rules is null)
        {
            return;
        }

        int slot = context.UnderlyingSlot;
        ulong mask = slot == PolicyContext.All ? _all : (uint)slot < (uint)_affected.Length ? _affected[slot] : 0;
        while (mask != 0)
        {
            int k = BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            Evaluate(_rules[k], in context, ref output);
        }
    }

    private static void Evaluate(DeltaRule r, in PolicyContext context, ref DecisionOutput output)
    {
        RebalancingState s = context.State;
        ref readonly UnderlyingRisk risk = ref s.Book.UnderlyingAt(r.BookGroup);
        double price = risk.Price;
        if (!(price > 0) || output.IsClaimed(r.UnderlyingSlot))
        {
            return;
        }

        foreach (CrossHedgeRatio ratio in r.Ratios)
        {
            ratio.Update(s.Book, context.UtcNs);
        }

        double delta = EffectiveDelta(r, s, in risk);
        double half = HalfWidth(r, s, price, risk.Gamma);
        r.LastHalfWidth = half;
        r.LastDelta = delta;
        double x = delta - r.Target;
        if (!(Math.Abs(x) > half) || context.NowNs < r.NextSliceNs)
        {
            return;
        }

        Trade(r, in context, ref output, price, delta, x, half);
    }

    /// <summary>
    /// Rule <paramref name="index"/>'s effective delta now, in units of its underlying (book delta + in-flight
    /// direct hedges + cross-hedges at their current ratio); NaN before the underlying's first tick. Cold path.
    /// </summary>
    public readonly double EffectiveDelta(int index, RebalancingState state)
    {
        DeltaRule r = _rules[index];
        ref readonly UnderlyingRisk risk = ref state.Book.UnderlyingAt(r.BookGroup);
        return risk.Price > 0 ? EffectiveDelta(r, state, in risk) : double.NaN;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double EffectiveDelta(DeltaRule r, RebalancingState s, in UnderlyingRisk risk)
    {
        double delta = risk.DeltaUnits;
        PositionTracker positions = s.Positions;
        if (positions.AnyPending)
        {
            foreach (int c in r.Hedges)
            {
                delta += positions.Pending(c) * s.Universe.Multiplier[c];
            }
        }

        for (int i = 0; i < r.CrossHedges.Length; i++)
        {
            delta += CrossHedgeUnits(r, s, i, risk.Price);
        }

        return delta;
    }

    // Cross-hedge i's position expressed in units of the hedged underlying: P_f/h* at S (0 when h* is too small).
    private static double CrossHedgeUnits(DeltaRule r, RebalancingState s, int i, double price)
    {
        int slot = r.CrossHedges[i];
        CrossHedgeRatio ratio = r.Ratios[i];
        double projected = s.Positions.Projected(slot);
        if (projected == 0)
        {
            return 0;
        }

        double h = ratio.HedgeRatio;
        return Math.Abs(h) >= r.MinHedgeRatio ? projected * s.Universe.Multiplier[slot] * s.LinearPrice(slot) / (h * price) : 0.0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double HalfWidth(DeltaRule r, RebalancingState s, double price, double gamma)
    {
        if (r.Kind == DeltaBandKind.Fixed)
        {
            return r.HalfWidthUnits > 0 ? r.HalfWidthUnits : r.HalfWidthCurrency / price;
        }

        // λ of the cheapest leg: the band is the no-trade region of the hedger who will trade that leg.
        double lambda = double.PositiveInfinity;
        int[] legs = r.Hedges.Length > 0 ? r.Hedges : r.CrossHedges;
        foreach (int c in legs)
        {
            lambda = Math.Min(lambda, ImpactModel.ProportionalCost(s.LinearPrice(c), in s.Costs[c]));
        }

        return GammaAwareBand.Clamped(lambda, price, gamma, r.RiskAversion, r.MinHalfWidth, r.MaxHalfWidth);
    }

    private static void Trade(DeltaRule r, in PolicyContext context, ref DecisionOutput output, double price, double delta, double x, double half)
    {
        RebalancingState s = context.State;
        HedgeUniverse u = s.Universe;
        bool reduceOnly = output.Restriction == DecisionRestriction.ReduceOnly;
        int best = -1;
        long bestLots = 0;
        double bestUnitsPerContract = 0;
        double bestScore = double.NegativeInfinity;
        bool bestCross = false;
        int total = r.Hedges.Length + r.CrossHedges.Length;
        for (int j = 0; j < total; j++)
        {
            bool cross = j >= r.Hedges.Length;
            int c = cross ? r.CrossHedges[j - r.Hedges.Length] : r.Hedges[j];
            double legPrice = s.LinearPrice(c);
            double unitsPerContract = u.Multiplier[c]; // units of s moved per contract
            double effectiveness = 1.0;
            if (cross)
            {
                CrossHedgeRatio ratio = r.Ratios[j - r.Hedges.Length];
                double h = ratio.HedgeRatio;
                if (!(Math.Abs(h) >= r.MinHedgeRatio))
                {
                    continue;
                }

                unitsPerContract = u.Multiplier[c] * legPrice / (h * price);
                effectiveness = ratio.Effectiveness;
            }

            long lots = LotSizing.BandLots(x, half, Math.Abs(unitsPerContract) * u.LotContracts[c], r.TradeTo);
            double sign = -Math.Sign(x) * Math.Sign(unitsPerContract); // contracts direction that moves D toward the target
            if (reduceOnly)
            {
                double projected = s.Positions.Projected(c);
                if (projected == 0 || Math.Sign(projected) == sign)
                {
                    continue;
                }

                lots = Math.Min(lots, LotSizing.FloorLots(projected, u.LotContracts[c]));
            }

            if (lots == 0)
            {
                continue;
            }

            double contracts = sign * lots * u.LotContracts[c];
            double post = x + contracts * unitsPerContract;
            double reduction = effectiveness * (x * x - post * post);
            double cost = Math.Max(ImpactModel.TotalCost(contracts * u.Multiplier[c], legPrice, in s.Costs[c], s.HoldingDays), 1e-12);
            double score = reduction / cost;
            if (score > bestScore)
            {
                (best, bestLots, bestScore, bestUnitsPerContract, bestCross) = (c, (long)sign * lots, score, unitsPerContract, cross);
            }
        }

        if (best < 0)
        {
            return;
        }

        double bestPrice = s.LinearPrice(best);
        RebalanceReason reason = bestCross ? RebalanceReason.CrossHedge : r.Reason;
        double lotUnits = u.LotContracts[best] * u.Multiplier[best];
        long capped = ImpactSlicing.Cap(Math.Abs(bestLots), lotUnits, in s.Costs[best], s.MaxImpactFraction, out bool sliced);
        if (sliced)
        {
            bestLots = Math.Sign(bestLots) * capped;
            reason = RebalanceReason.ImpactSlice;
            r.NextSliceNs = context.NowNs + s.SliceIntervalNs;
        }

        if (Math.Abs(bestLots) * lotUnits * bestPrice < r.MinTradeNotional)
        {
            // Too small to send: round up to the minimum size if that still lands inside the band, else wait.
            long minimum = LotSizing.CeilingLots(r.MinTradeNotional / bestPrice, lotUnits);
            long inside = LotSizing.FloorLots(Math.Abs(x) + half, Math.Abs(bestUnitsPerContract) * u.LotContracts[best]);
            if (minimum > inside)
            {
                return;
            }

            bestLots = Math.Sign(bestLots) * minimum;
        }

        double edge = r.Target + Math.Sign(x) * half;
        double aim = r.TradeTo == TradeTo.Target ? r.Target : edge;
        double emitted = IntentEmitter.Emit(in context, ref output, best, bestLots, r.Urgency, reason, r.PolicyId, delta, edge, aim, bestPrice);
        if (emitted != 0)
        {
            r.Trades++;
            r.LastDelta = delta + emitted * bestUnitsPerContract;
        }
    }
}
