using System.Runtime.CompilerServices;
using LowLatency.Model.Instruments;
using LowLatency.Model.Intents;
using LowLatency.Quant.Exposure;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Policies;
using LowLatency.Rebalancing.Sizing;
using LowLatency.Rebalancing.Universe;

namespace LowLatency.Rebalancing.Liquidation;

/// <summary>
/// Liquidation protection on the account's margin ratio MR = equity / maintenance margin, by escalating levels
/// with hysteresis (<see cref="ProtectionLevels"/>): collateral from the reserve, then closing positions in the
/// configured order until MR reaches ReduceTarget, then closing everything. Highest priority in the chain.
/// </summary>
/// <remarks>
/// <para>Collateral: amount = min(reserve, CollateralTarget·maintenance − equity), emitted as a
/// <see cref="CollateralTransfer"/> and taken from the reserve at once (given back through
/// <c>RebalancingEngine.OnCollateralTransfer(amount, succeeded: false)</c>); at most one per RetryInterval.</para>
/// <para>Reduction: margin to release R = projected maintenance − (equity + collateral just requested) /
/// ReduceTarget. Maintenance margin is additive per position and linear in its size (the book margins positions
/// one by one), so closing a fraction f of a position releases f of its margin: positions are walked in order
/// (most negative unrealised P&amp;L, or largest margin) and closed in full or, for the last one, in part (lots
/// rounded up) until R is covered. In-flight orders are already counted, and a round runs at most once per
/// RetryInterval, so nothing is sent twice.</para>
/// <para>The margin ratio is read from the book (fills applied); the ordering scan is O(positions) and runs
/// only at levels 2–3. Below level 1 a decision is O(1).</para>
/// </remarks>
public struct LiquidationProtectionPolicy : IRebalancingPolicy
{
    private readonly LiquidationState? _state;

    private LiquidationProtectionPolicy(LiquidationState state)
    {
        _state = state;
    }

    public readonly ProtectionLevel Level => _state?.Level ?? ProtectionLevel.Normal;

    /// <summary>Collateral still in the reserve.</summary>
    public readonly double Reserve => _state?.Reserve ?? 0;

    public readonly double LastMarginRatio => _state?.LastMarginRatio ?? double.PositiveInfinity;

    /// <summary>Collateral transfers emitted.</summary>
    public readonly long Transfers => _state?.Transfers ?? 0;

    /// <summary>Reduction or full-liquidation rounds that emitted orders.</summary>
    public readonly long ReductionRounds => _state?.ReductionRounds ?? 0;

    /// <summary>Times the level went up.</summary>
    public readonly long Escalations => _state?.Escalations ?? 0;

    /// <summary>Resolves [LIQUIDATION]; an unconfigured policy does nothing.</summary>
    public static LiquidationProtectionPolicy Create(PortfolioConfig config, HedgeUniverse universe) =>
        config.Liquidation is { } c ? new LiquidationProtectionPolicy(new LiquidationState(c, universe.InstrumentCount)) : default;

    /// <summary>A failed transfer's amount goes back to the reserve.</summary>
    internal readonly void ReturnToReserve(double amount)
    {
        if (_state is not null && amount > 0 && double.IsFinite(amount))
        {
            _state.Reserve += amount;
        }
    }

    public readonly void Decide(in PolicyContext context, ref DecisionOutput output)
    {
        LiquidationState? st = _state;
        if (st is null || !context.State.AccountPriced)
        {
            return;
        }

        ref readonly AccountRisk account = ref context.State.Book.Account;
        double ratio = account.MarginRatio;
        st.LastMarginRatio = ratio;
        ProtectionLevel level = st.Levels.Next(st.Level, ratio);
        if (level > st.Level)
        {
            st.Escalations++;
        }

        st.Level = level;
        if (level == ProtectionLevel.Normal)
        {
            return;
        }

        Act(st, in context, ref output, level, ratio, account.Equity, account.MaintenanceMargin);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Act(LiquidationState st, in PolicyContext context, ref DecisionOutput output, ProtectionLevel level, double ratio, double equity, double maintenance)
    {
        long now = context.NowNs;
        double threshold = st.Levels.Threshold(level);
        double added = 0;
        if (st.Reserve > 0 && now >= st.NextCollateralNs)
        {
            double amount = Math.Min(st.Reserve, st.CollateralTarget * maintenance - equity);
            var transfer = new CollateralTransfer
            {
                Amount = amount,
                Reason = RebalanceReason.LiquidationAddCollateral,
                Observed = ratio,
                Threshold = st.Levels.Threshold(ProtectionLevel.AddCollateral),
                DecisionTimestampNs = now,
            };
            if (amount > 0 && output.TryAdd(in transfer))
            {
                st.Reserve -= amount;
                st.CollateralRequested += amount;
                st.Transfers++;
                st.NextCollateralNs = now + st.RetryNs;
                added = amount;
            }
        }

        if (level == ProtectionLevel.AddCollateral)
        {
            output.Restrict(DecisionRestriction.ReduceOnly);
            return;
        }

        output.Restrict(DecisionRestriction.Halt);
        if (now < st.NextReduceNs)
        {
            return;
        }

        bool full = level == ProtectionLevel.FullLiquidation;
        int n = Collect(st, context.State, out double projectedMaintenance);
        double release = full ? double.PositiveInfinity : projectedMaintenance - (equity + added) / st.ReduceTarget;
        if (n == 0 || !(release > 0))
        {
            return;
        }

        Sort(st.Keys, st.Slots, st.Margins, n);
        if (Close(st, in context, ref output, n, release, full, ratio, threshold) > 0)
        {
            st.ReductionRounds++;
            st.NextReduceNs = now + st.RetryNs;
        }
    }

    // Positions still open once in-flight orders fill, with their ordering key and projected maintenance margin.
    private static int Collect(LiquidationState st, RebalancingState s, out double projectedMaintenance)
    {
        HedgeUniverse u = s.Universe;
        int n = 0;
        projectedMaintenance = 0;
        for (int i = 0; i < u.InstrumentCount; i++)
        {
            double position = s.Positions.Position(i);
            double projected = s.Positions.Projected(i);
            if (position == 0 || projected == 0 || Math.Sign(position) != Math.Sign(projected))
            {
                continue;
            }

            PositionRisk p = s.Book.GetPosition(u.BookIndex[i]);
            double margin = p.MaintenanceMargin * Math.Abs(projected / position);
            double entry = s.Positions.EntryPrice(i);
            double pnl = double.IsNaN(entry) ? 0 : projected * u.Multiplier[i] * (p.UnitPrice - entry);
            projectedMaintenance += margin;
            st.Slots[n] = i;
            st.Margins[n] = margin;
            st.Keys[n] = st.Order == ReductionOrder.LosingFirst ? pnl : -margin;
            n++;
        }

        return n;
    }

    private static int Close(LiquidationState st, in PolicyContext context, ref DecisionOutput output, int n, double release, bool full, double ratio, double threshold)
    {
        RebalancingState s = context.State;
        HedgeUniverse u = s.Universe;
        int sent = 0;
        for (int k = 0; k < n && release > 0; k++)
        {
            int slot = st.Slots[k];
            double projected = s.Positions.Projected(slot);
            double lot = u.LotContracts[slot];
            long held = LotSizing.NearestLots(projected, lot);
            double margin = st.Margins[k];
            if (!full && !(margin > 0))
            {
                continue; // frees no margin: closing it would only add risk
            }

            long lots = margin <= release ? held : Math.Min(held, LotSizing.CeilingLots(release / margin * Math.Abs(projected), lot));
            release -= margin;
            if (lots == 0)
            {
                continue;
            }

            double price = u.Kind[slot] == InstrumentKind.Option
                ? (s.Costs[slot].Mid > 0 ? s.Costs[slot].Mid : s.Book.GetPosition(u.BookIndex[slot]).UnitPrice)
                : s.LinearPrice(slot);
            double emitted = IntentEmitter.Emit(in context, ref output, slot, -Math.Sign(projected) * lots,
                full ? ExecutionUrgency.Immediate : ExecutionUrgency.Aggressive,
                full ? RebalanceReason.LiquidationFull : RebalanceReason.LiquidationReduceExposure,
                PolicyIds.Liquidation, ratio, threshold, full ? 0 : st.ReduceTarget, price);
            sent += emitted != 0 ? 1 : 0;
        }

        return sent;
    }

    // Insertion sort by key (n is the number of open positions: small, and this is the rare path).
    private static void Sort(double[] keys, int[] slots, double[] margins, int n)
    {
        for (int i = 1; i < n; i++)
        {
            double key = keys[i];
            int slot = slots[i];
            double margin = margins[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                slots[j + 1] = slots[j];
                margins[j + 1] = margins[j];
                j--;
            }

            keys[j + 1] = key;
            slots[j + 1] = slot;
            margins[j + 1] = margin;
        }
    }
}
