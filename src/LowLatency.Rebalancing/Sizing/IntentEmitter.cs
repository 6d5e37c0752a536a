using System.Runtime.CompilerServices;
using LowLatency.Core.FixedPoint;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;
using LowLatency.Rebalancing.Impact;
using LowLatency.Rebalancing.Policies;
using LowLatency.Rebalancing.Universe;

namespace LowLatency.Rebalancing.Sizing;

/// <summary>
/// The one place where a policy's decision becomes a <see cref="HedgeIntent"/>, so every intent obeys the same
/// invariants: whole lots, at most the instrument's maximum order, reduce-only when a higher-priority policy
/// demands it, a tick-aligned limit price for passive and aggressive orders, recorded as in flight, and its
/// underlying claimed for the rest of the decision.
/// </summary>
internal static class IntentEmitter
{
    /// <summary>
    /// Emits <paramref name="signedLots"/> lots (positive buys) of instrument slot <paramref name="slot"/>; returns
    /// the signed contracts actually emitted (0 when clipped away or the output is full).
    /// </summary>
    public static double Emit(
        in PolicyContext context,
        ref DecisionOutput output,
        int slot,
        long signedLots,
        ExecutionUrgency urgency,
        RebalanceReason reason,
        int policyId,
        double observed,
        double threshold,
        double target,
        double referencePrice)
    {
        RebalancingState s = context.State;
        HedgeUniverse u = s.Universe;
        double lot = u.LotContracts[slot];
        if (output.Restriction == DecisionRestriction.ReduceOnly)
        {
            double projected = s.Positions.Projected(slot);
            if (projected == 0 || Math.Sign(projected) == Math.Sign(signedLots))
            {
                return 0;
            }

            long closable = LotSizing.FloorLots(projected, lot);
            signedLots = Math.Sign(signedLots) * Math.Min(Math.Abs(signedLots), closable);
        }

        long maxLots = u.MaxOrderLots[slot];
        long lots = Math.Min(Math.Abs(signedLots), maxLots);
        if (lots == 0)
        {
            return 0;
        }

        Side side = signedLots > 0 ? Side.Buy : Side.Sell;
        var intent = new HedgeIntent
        {
            Instrument = u.Id[slot],
            Side = side,
            Quantity = new Quantity(lots * u.LotMantissa[slot], u.LotScale[slot]),
            Urgency = urgency,
            LimitPrice = LimitPrice(u, slot, side, urgency, referencePrice, s.Costs[slot].Spread, s.MaxSlippageFraction),
            Reason = reason,
            PolicyId = policyId,
            Observed = observed,
            Threshold = threshold,
            Target = target,
            DecisionTimestampNs = context.NowNs,
        };
        if (!output.TryAdd(in intent))
        {
            return 0;
        }

        double contracts = (side == Side.Buy ? lots : -lots) * lot;
        s.Positions.AddPending(slot, contracts, context.NowNs);
        output.Claim(u.UnderlyingSlot[slot]);
        return contracts;
    }

    /// <summary>
    /// Passive: join our side of the book (bid for a buy, ask for a sell). Aggressive: cross to the far side plus
    /// the slippage allowance (none when the allowance is 0). Immediate: no limit (de-risking at any price).
    /// Rounded to the tick in the conservative direction; <c>default</c> when no sane price can be formed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Price LimitPrice(HedgeUniverse u, int slot, Side side, ExecutionUrgency urgency, double mid, double spread, double slippage)
    {
        if (urgency == ExecutionUrgency.Immediate || !(mid > 0) || (urgency == ExecutionUrgency.Aggressive && slippage == 0))
        {
            return default;
        }

        double half = 0.5 * spread;
        double sign = side == Side.Buy ? 1.0 : -1.0;
        double price = urgency == ExecutionUrgency.Passive ? mid - sign * half : mid + sign * (half + slippage * mid);
        double tick = u.TickPrice[slot];
        double ticks = side == Side.Buy ? Math.Floor(price / tick + 1e-9) : Math.Ceiling(price / tick - 1e-9);
        long tickMantissa = u.TickMantissa[slot];
        if (!(ticks >= 1) || ticks > long.MaxValue / 4 / tickMantissa)
        {
            return default;
        }

        return new Price((long)ticks * tickMantissa, u.TickScale[slot]);
    }
}
