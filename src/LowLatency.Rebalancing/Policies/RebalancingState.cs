using LowLatency.Quant.Exposure;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Impact;
using LowLatency.Rebalancing.Universe;

namespace LowLatency.Rebalancing.Policies;

/// <summary>
/// What every policy of one portfolio reads: the risk book, the universe, the projected positions, the live
/// cost inputs and the shared sizing settings. One instance per portfolio, owned by the decision thread.
/// </summary>
public sealed class RebalancingState
{
    private bool _accountPriced;

    public RebalancingState(PortfolioRiskBook book, HedgeUniverse universe, PositionTracker positions, HedgeCost[] costs, ImpactConfig impact, TimeSpan pendingTimeout)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(universe);
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(impact);
        if (costs.Length != universe.InstrumentCount)
        {
            throw new ArgumentException("one cost slot per instrument of the universe", nameof(costs));
        }

        Book = book;
        Universe = universe;
        Positions = positions;
        Costs = costs;
        MaxImpactFraction = impact.MaxImpactBps * 1e-4;
        MaxSlippageFraction = impact.MaxSlippageBps * 1e-4;
        SliceIntervalNs = impact.SliceInterval.Ticks * 100;
        HoldingDays = impact.HoldingDays;
        PendingTimeoutNs = pendingTimeout.Ticks * 100;
    }

    public PortfolioRiskBook Book { get; }

    public HedgeUniverse Universe { get; }

    public PositionTracker Positions { get; }

    /// <summary>Live cost inputs, one per instrument slot (the caller rewrites them in place).</summary>
    public HedgeCost[] Costs { get; }

    /// <summary>Largest impact of one order as a fraction of price; 0 = never slice.</summary>
    public double MaxImpactFraction { get; }

    /// <summary>Limit of Aggressive orders beyond the half spread, as a fraction of price; 0 = no limit.</summary>
    public double MaxSlippageFraction { get; }

    public long SliceIntervalNs { get; }

    public double HoldingDays { get; }

    public long PendingTimeoutNs { get; }

    /// <summary>
    /// True once every underlying on which the portfolio holds a position has a price. Before that the account
    /// totals omit the unpriced underlyings (the book counts an underlying only from its first tick), so equity,
    /// leverage and margin ratio are meaningless — at start-up, one missing tick would look like a crash and fire
    /// the ripcord or a full liquidation. The account-level policies wait for it; latched once true.
    /// </summary>
    public bool AccountPriced
    {
        get
        {
            if (!_accountPriced)
            {
                _accountPriced = CheckAccountPriced();
            }

            return _accountPriced;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool CheckAccountPriced()
    {
        for (int i = 0; i < Universe.InstrumentCount; i++)
        {
            if (Positions.Projected(i) != 0 && !(Book.UnderlyingAt(Universe.BookGroup[Universe.UnderlyingSlot[i]]).Price > 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Price per unit of underlying of an instrument slot: the live mid if set, else the book's (linear only).</summary>
    internal double LinearPrice(int slot)
    {
        double mid = Costs[slot].Mid;
        return mid > 0 ? mid : Book.UnderlyingAt(Universe.BookGroup[Universe.UnderlyingSlot[slot]]).Price;
    }
}
