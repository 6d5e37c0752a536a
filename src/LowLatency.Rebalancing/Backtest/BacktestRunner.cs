using LowLatency.Core;
using LowLatency.Model.Instruments;
using LowLatency.Model.Intents;
using LowLatency.Model.Orders;
using LowLatency.Quant.Exposure;
using LowLatency.Quant.Greeks;
using LowLatency.Rebalancing.Delta;
using LowLatency.Rebalancing.Engine;
using LowLatency.Rebalancing.Impact;
using LowLatency.Rebalancing.Policies;
using LowLatency.Rebalancing.Universe;

namespace LowLatency.Rebalancing.Backtest;

/// <summary>
/// Deterministic backtest: price paths → risk-book ticks → the engine's decision → every intent filled at once
/// against the cost model → fills back into the book — the loop the scenario tests run and the server's replay
/// command will. Reports trades, costs, time in band, largest delta deviation, leverage and margin extremes, P&amp;L.
/// </summary>
/// <remarks>
/// Fill model (conservative: every order pays as a taker, passive ones included): price = mid ± (half spread +
/// square-root impact of the order's size), fee = fee rate × notional charged to cash; mid = the cost input's
/// Mid if set, else the book's price (model value for options). Collateral transfers succeed at once. Time is
/// the path's UTC time for both the monotonic and the calendar clock.
/// </remarks>
public sealed class BacktestRunner
{
    private readonly RebalancingEngine _engine;
    private readonly HedgeIntent[] _intents = new HedgeIntent[256];
    private readonly CollateralTransfer[] _transfers = new CollateralTransfer[8];
    private readonly List<HedgeIntent> _stepIntents = new(256);
    private readonly List<CollateralTransfer> _stepTransfers = new(8);

    public BacktestRunner(RebalancingEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
    }

    public RebalancingEngine Engine => _engine;

    public BacktestReport Run(PricePaths paths, IBacktestObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        PortfolioRiskBook book = _engine.Book;
        HedgeUniverse universe = _engine.Universe;
        var slots = new int[paths.UnderlyingCount];
        for (int j = 0; j < slots.Length; j++)
        {
            if (!universe.TryGetUnderlyingSlot(paths.Underlying(j), out slots[j]))
            {
                ThrowHelper.ThrowArgument(nameof(paths), $"underlying {paths.Underlying(j).Value} is not in the portfolio");
            }
        }

        int rules = _engine.Chain.Delta.RuleCount;
        var inBand = new int[rules];
        var maxDeviation = new double[rules];
        var reasons = new Dictionary<RebalanceReason, int>();
        var tally = new Tally();
        double initialEquity = double.NaN;
        double previous = double.NaN;
        double maxLeverage = 0;
        double minMargin = double.PositiveInfinity;
        double sum = 0, sumSquares = 0;
        int increments = 0;
        for (int k = 0; k < paths.Steps; k++)
        {
            long t = paths.TimeAt(k);
            _stepIntents.Clear();
            _stepTransfers.Clear();
            double collateralBefore = tally.Collateral;
            for (int j = 0; j < slots.Length; j++)
            {
                book.OnTick(paths.Underlying(j), paths.PriceAt(j, k), t);
                DecisionResult result = _engine.DecideSlot(slots[j], t, t, _intents, _transfers);
                for (int i = 0; i < result.Transfers; i++)
                {
                    _engine.OnCollateralTransfer(_transfers[i].Amount, succeeded: true);
                    tally.Collateral += _transfers[i].Amount;
                    _stepTransfers.Add(_transfers[i]);
                }

                for (int i = 0; i < result.Intents; i++)
                {
                    Fill(in _intents[i], ref tally);
                    reasons[_intents[i].Reason] = reasons.GetValueOrDefault(_intents[i].Reason) + 1;
                    _stepIntents.Add(_intents[i]);
                }
            }

            ref readonly AccountRisk account = ref book.Account;
            double equity = account.Equity;
            if (double.IsNaN(initialEquity))
            {
                initialEquity = equity - (tally.Collateral - collateralBefore);
            }
            else
            {
                double change = equity - previous - (tally.Collateral - collateralBefore);
                sum += change;
                sumSquares += change * change;
                increments++;
            }

            previous = equity;
            maxLeverage = Math.Max(maxLeverage, account.Leverage);
            minMargin = Math.Min(minMargin, account.MarginRatio);
            for (int r = 0; r < rules; r++)
            {
                DeltaBandSnapshot snap = _engine.DeltaSnapshot(r);
                double deviation = Math.Abs(_engine.Chain.Delta.EffectiveDelta(r, _engine.State) - snap.Target);
                if (double.IsNaN(deviation))
                {
                    continue;
                }

                maxDeviation[r] = Math.Max(maxDeviation[r], deviation);
                inBand[r] += deviation <= snap.HalfWidth * (1 + 1e-9) + 1e-12 ? 1 : 0;
            }

            observer?.OnStep(new BacktestStep(k, t, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_stepIntents), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_stepTransfers), _engine));
        }

        var timeInBand = new double[rules];
        for (int r = 0; r < rules; r++)
        {
            timeInBand[r] = paths.Steps == 0 ? 0 : (double)inBand[r] / paths.Steps;
        }

        double mean = increments > 0 ? sum / increments : 0;
        return new BacktestReport
        {
            Steps = paths.Steps,
            Trades = tally.Trades,
            TradedNotional = tally.Notional,
            SpreadCost = tally.Spread,
            ImpactCost = tally.Impact,
            Fees = tally.Fees,
            InitialEquity = initialEquity,
            FinalEquity = book.Account.Equity,
            CollateralAdded = tally.Collateral,
            PnlVariance = increments > 1 ? (sumSquares - increments * mean * mean) / (increments - 1) : 0,
            TimeInBand = timeInBand,
            MaxAbsDeltaDeviation = maxDeviation,
            MaxLeverage = maxLeverage,
            MinMarginRatio = minMargin,
            IntentsByReason = reasons,
            RejectedFills = tally.Rejected,
        };
    }

    private void Fill(in HedgeIntent intent, ref Tally tally)
    {
        HedgeUniverse u = _engine.Universe;
        if (!u.TryGetSlot(intent.Instrument, out int slot))
        {
            tally.Rejected++;
            return;
        }

        double sign = intent.Side == Side.Buy ? 1.0 : -1.0;
        double quantity = sign * intent.Quantity.ToDouble();
        HedgeCost cost = _engine.Costs[slot];
        double mid = cost.Mid > 0 ? cost.Mid
            : u.Kind[slot] == InstrumentKind.Option ? _engine.Book.GetPosition(u.BookIndex[slot]).UnitPrice
            : _engine.State.LinearPrice(slot);
        double units = Math.Abs(quantity) * u.Multiplier[slot];
        double impact = ImpactModel.ImpactFraction(units, mid, in cost) * mid;
        double price = Math.Max(mid + sign * (0.5 * cost.Spread + impact), mid * 1e-6);
        double fee = units * mid * cost.FeeRate;
        if (!(price > 0) || _engine.ApplyFill(intent.Instrument, quantity, price) != RiskInputError.None)
        {
            _engine.OnOrderDone(intent.Instrument, quantity);
            tally.Rejected++;
            return;
        }

        _engine.Book.AdjustCash(-fee);
        tally.Trades++;
        tally.Notional += units * mid;
        tally.Spread += units * 0.5 * cost.Spread;
        tally.Impact += units * impact;
        tally.Fees += fee;
    }

    private struct Tally
    {
        public int Trades;
        public int Rejected;
        public double Notional;
        public double Spread;
        public double Impact;
        public double Fees;
        public double Collateral;
    }
}
