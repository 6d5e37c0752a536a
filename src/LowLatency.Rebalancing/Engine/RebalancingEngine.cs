using System.Runtime.CompilerServices;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Model.Intents;
using LowLatency.Quant.Exposure;
using LowLatency.Quant.Greeks;
using LowLatency.Rebalancing.Config;
using LowLatency.Rebalancing.Delta;
using LowLatency.Rebalancing.Impact;
using LowLatency.Rebalancing.Leverage;
using LowLatency.Rebalancing.Liquidation;
using LowLatency.Rebalancing.Policies;
using LowLatency.Rebalancing.Universe;
using LowLatency.Rebalancing.Weights;

namespace LowLatency.Rebalancing.Engine;

/// <summary>
/// The rebalancing of one portfolio as the server's decision thread drives it: after <c>book.OnTick</c>, call
/// <see cref="Decide(InstrumentId, long, long, Span{HedgeIntent}, Span{CollateralTransfer})"/>; route fills
/// through <see cref="ApplyFill"/> (book and projected positions move together) and order ends through
/// <see cref="OnOrderDone"/>. Single-threaded, zero allocation per decision.
/// </summary>
/// <remarks>
/// The chain is the concrete struct-generic composition liquidation → leverage → delta → weights (see
/// <see cref="PolicyChain{TLiquidation, TLeverage, TDelta, TWeights}"/> for how higher priorities constrain lower
/// ones); policies a configuration leaves out are inert defaults.
/// </remarks>
public sealed class RebalancingEngine
{
    private readonly PolicyChain<LiquidationProtectionPolicy, TargetLeveragePolicy, DeltaHedgePolicy, ThresholdBandPolicy> _chain;
    private readonly RebalancingState _state;
    private readonly ulong _allUnderlyings;
    private ulong _seeded; // underlyings whose starting positions got an entry price from their first mark

    private RebalancingEngine(PortfolioConfig config, RebalancingState state)
    {
        Config = config;
        _state = state;
        HedgeUniverse u = state.Universe;
        _allUnderlyings = u.UnderlyingCount == 64 ? ulong.MaxValue : (1UL << u.UnderlyingCount) - 1;
        _chain = new(
            LiquidationProtectionPolicy.Create(config, u),
            TargetLeveragePolicy.Create(config, u),
            DeltaHedgePolicy.Create(config, u),
            ThresholdBandPolicy.Create(config, u));
    }

    public PortfolioConfig Config { get; }

    public PortfolioRiskBook Book => _state.Book;

    public HedgeUniverse Universe => _state.Universe;

    public PositionTracker Positions => _state.Positions;

    public RebalancingState State => _state;

    /// <summary>Live cost inputs, one per instrument slot (<see cref="HedgeUniverse.TryGetSlot"/>); update in place.</summary>
    public Span<HedgeCost> Costs => _state.Costs;

    /// <summary>The policies, by reference (their snapshots: level, campaign, bands).</summary>
    public PolicyChain<LiquidationProtectionPolicy, TargetLeveragePolicy, DeltaHedgePolicy, ThresholdBandPolicy> Chain => _chain;

    /// <summary>Builds the risk book from the configuration and the engine on it.</summary>
    public static RebalancingEngine Create(PortfolioConfig config) => Create(config, config.BuildRiskBook());

    /// <summary>The engine on an existing book holding every configured instrument (cold path; validates).</summary>
    public static RebalancingEngine Create(PortfolioConfig config, PortfolioRiskBook book)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(book);
        config.EnsureValid();
        var universe = HedgeUniverse.Create(config, book);
        int n = config.Instruments.Count;
        var positions = new double[n];
        var entries = new double[n];
        var multipliers = new double[n];
        var costs = new HedgeCost[n];
        for (int i = 0; i < n; i++)
        {
            PortfolioInstrumentConfig c = config.Instruments[i];
            positions[i] = book.QuantityOf(new InstrumentId(c.Id));
            entries[i] = c.EntryPrice;
            multipliers[i] = c.Multiplier;
            costs[i] = new HedgeCost
            {
                Spread = c.Spread,
                FeeRate = c.FeeRate,
                DailyVolume = c.DailyVolume,
                DailyVolatility = c.DailyVolatility,
                ImpactCoefficient = c.ImpactCoefficient,
                CarryRatePerDay = c.CarryRatePerDay,
            };
        }

        var state = new RebalancingState(book, universe, new PositionTracker(positions, entries, multipliers), costs, config.Impact, config.PendingTimeout);
        return new RebalancingEngine(config, state);
    }

    /// <summary>
    /// Decides after a tick on <paramref name="underlying"/> (call <c>Book.OnTick</c> first). Writes intents and
    /// collateral transfers into the spans; an unknown underlying evaluates only the account-level policies.
    /// </summary>
    public DecisionResult Decide(InstrumentId underlying, long nowNs, long utcNs, Span<HedgeIntent> intents, Span<CollateralTransfer> transfers)
    {
        if (!_state.Universe.TryGetUnderlyingSlot(underlying, out int slot))
        {
            slot = PolicyContext.None;
        }

        return DecideSlot(slot, nowNs, utcNs, intents, transfers);
    }

    /// <summary>Decides for every underlying (after fills, on a timer, at start-up).</summary>
    public DecisionResult DecideAll(long nowNs, long utcNs, Span<HedgeIntent> intents, Span<CollateralTransfer> transfers) =>
        DecideSlot(PolicyContext.All, nowNs, utcNs, intents, transfers);

    /// <summary>Decides after a tick on underlying slot <paramref name="underlyingSlot"/> (<see cref="PolicyContext.All"/>, <see cref="PolicyContext.None"/>), skipping the id lookup.</summary>
    public DecisionResult DecideSlot(int underlyingSlot, long nowNs, long utcNs, Span<HedgeIntent> intents, Span<CollateralTransfer> transfers)
    {
        _state.Positions.Expire(nowNs, _state.PendingTimeoutNs);
        if ((uint)underlyingSlot < (uint)_state.Universe.UnderlyingCount && (_seeded & (1UL << underlyingSlot)) == 0)
        {
            SeedEntries(underlyingSlot);
        }
        else if (underlyingSlot == PolicyContext.All && _seeded != _allUnderlyings)
        {
            SeedAll();
        }

        var context = new PolicyContext(_state, underlyingSlot, nowNs, utcNs);
        var output = new DecisionOutput(intents, transfers);
        _chain.Decide(in context, ref output);
        return new DecisionResult(output.IntentCount, output.TransferCount, output.Dropped, output.Restriction);
    }

    /// <summary>
    /// A fill: applied to the risk book and to the projected positions together (in-flight quantity shrinks by
    /// the fill, the entry price and realised P&amp;L move). Refused fills change nothing and return the book's reason.
    /// </summary>
    public RiskInputError ApplyFill(InstrumentId instrument, double signedQuantity, double price)
    {
        RiskInputError error = _state.Book.ApplyFill(instrument, signedQuantity, price);
        if (error == RiskInputError.None && _state.Universe.TryGetSlot(instrument, out int slot))
        {
            _state.Positions.OnFill(slot, signedQuantity, price);
        }

        return error;
    }

    /// <summary>An order ended (cancelled, rejected, expired) with <paramref name="unfilledSignedQuantity"/> never filled.</summary>
    public void OnOrderDone(InstrumentId instrument, double unfilledSignedQuantity)
    {
        if (_state.Universe.TryGetSlot(instrument, out int slot) && double.IsFinite(unfilledSignedQuantity))
        {
            _state.Positions.OnOrderDone(slot, unfilledSignedQuantity);
        }
    }

    /// <summary>
    /// The treasury's answer to a <see cref="CollateralTransfer"/>: on success the cash reaches the book; on
    /// failure the amount returns to the reserve.
    /// </summary>
    public RiskInputError OnCollateralTransfer(double amount, bool succeeded)
    {
        if (succeeded)
        {
            return _state.Book.AdjustCash(amount);
        }

        _chain.Liquidation.ReturnToReserve(amount);
        return RiskInputError.None;
    }

    /// <summary>Current liquidation-protection level.</summary>
    public ProtectionLevel LiquidationLevel => _chain.Liquidation.Level;

    /// <summary>Current leverage campaign.</summary>
    public LeverageCampaign LeverageCampaign => _chain.Leverage.Campaign;

    /// <summary>What the delta rule of the <paramref name="index"/>-th [DELTA] section last saw.</summary>
    public DeltaBandSnapshot DeltaSnapshot(int index) => _chain.Delta.Snapshot(index, _state.Universe);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SeedAll()
    {
        for (int g = 0; g < _state.Universe.UnderlyingCount; g++)
        {
            if ((_seeded & (1UL << g)) == 0)
            {
                SeedEntries(g);
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SeedEntries(int underlyingSlot)
    {
        HedgeUniverse u = _state.Universe;
        if (!(_state.Book.UnderlyingAt(u.BookGroup[underlyingSlot]).Price > 0))
        {
            return;
        }

        for (int i = 0; i < u.InstrumentCount; i++)
        {
            if (u.UnderlyingSlot[i] == underlyingSlot)
            {
                double mark = u.Kind[i] == InstrumentKind.Option ? _state.Book.GetPosition(u.BookIndex[i]).UnitPrice : _state.LinearPrice(i);
                _state.Positions.SeedEntry(i, mark);
            }
        }

        _seeded |= 1UL << underlyingSlot;
    }
}
