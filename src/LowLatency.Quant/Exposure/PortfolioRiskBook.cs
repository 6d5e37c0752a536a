using System.Runtime.CompilerServices;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Greeks;

namespace LowLatency.Quant.Exposure;

/// <summary>
/// The per-tick risk state of the portfolio: greeks, delta, exposure, margin, leverage — per underlying and for
/// the account — kept current incrementally. Single writer (the decision thread); no locks, no allocation
/// after construction, no exceptions on the hot path (bad input returns a <see cref="RiskInputError"/> and
/// changes nothing).
/// </summary>
/// <remarks>
/// Invariants:
/// <list type="bullet">
/// <item>Each underlying owns a contiguous range of positions (<see cref="PositionStore"/>); a tick on U
/// reprices only U's options and re-aggregates only U's range: O(positions on U).</item>
/// <item>Per-underlying figures (<see cref="UnderlyingRisk"/>) are recomputed exactly from the range every
/// time, never patched, so they carry no history and equal a full recompute bit for bit.</item>
/// <item>Account totals are updated by subtracting the underlying's old figures and adding the new ones, and
/// re-summed exactly over underlyings every <c>resyncInterval</c> updates (default 64) and on
/// <see cref="RecomputeAll"/>. Between re-sums the drift is at most ~2·interval roundings of the largest
/// subtotal (≈ 1.4e-14 relative at 64), so incremental equals full recompute to ~1e-13 — the property the
/// tests check after random tick/fill sequences.</item>
/// <item>An underlying contributes nothing until its first tick.</item>
/// <item>Options are valued at T = expiry − (the underlying's time cache refresh): every tick by default, or at most
/// <see cref="TimeResolutionNanoseconds"/> stale (see PortfolioRiskBook.Time.cs for the refresh rules and the error).</item>
/// </list>
/// </remarks>
public sealed partial class PortfolioRiskBook
{
    private readonly PositionStore _p;
    private readonly Dictionary<int, int> _positionIndex;
    private readonly Dictionary<int, int> _groupIndex;
    private readonly int _resyncInterval;
    private readonly int _simdBits;
    private readonly long _timeResolutionNanoseconds;
    private AccountRisk _account;
    private int _updatesSinceResync;
    private long _rejected;

    internal PortfolioRiskBook(PositionStore store, Dictionary<int, int> positionIndex, Dictionary<int, int> groupIndex, double cash, int resyncInterval, int simdBits, long timeResolutionNanoseconds)
    {
        _p = store;
        _positionIndex = positionIndex;
        _groupIndex = groupIndex;
        _resyncInterval = resyncInterval;
        _simdBits = simdBits;
        _timeResolutionNanoseconds = timeResolutionNanoseconds;
        _account.Cash = cash;
        for (int g = 0; g < store.GroupCount; g++)
        {
            PrepareRates(g);
        }
    }

    /// <summary>
    /// How stale the time to expiry in the greeks may get, in nanoseconds: 0 (the default) values at each tick's
    /// timestamp; see the remarks of the time handling (PortfolioRiskBook.Time.cs) for Δ &gt; 0.
    /// </summary>
    public long TimeResolutionNanoseconds => _timeResolutionNanoseconds;

    /// <summary>Inputs refused so far (all reasons); the caller logs the individual reason codes.</summary>
    public long RejectedInputs => _rejected;

    /// <summary>
    /// A new price for <paramref name="underlying"/> (spot, or the futures price for options on that future) at
    /// <paramref name="utcNanoseconds"/>: reprices that underlying's options and updates its figures and the totals.
    /// </summary>
    public RiskInputError OnTick(InstrumentId underlying, double price, long utcNanoseconds)
    {
        RiskInputError error = RiskLimits.CheckPrice(price);
        if (error != RiskInputError.None)
        {
            return Reject(error);
        }

        if (!_groupIndex.TryGetValue(underlying.Value, out int g))
        {
            return Reject(RiskInputError.UnknownUnderlying);
        }

        ref UnderlyingRisk risk = ref _p.Risk[g];
        if (utcNanoseconds < risk.TimestampNanoseconds)
        {
            return Reject(RiskInputError.TimeWentBackwards);
        }

        UnderlyingRisk old = risk;
        risk.Price = price;
        risk.TimestampNanoseconds = utcNanoseconds;
        Recompute(g, reprice: true, old);
        return RiskInputError.None;
    }

    /// <summary>
    /// A fill of <paramref name="signedQuantity"/> contracts (positive buys) at <paramref name="price"/> per unit of
    /// underlying: cash moves by −q·price·multiplier and the underlying's figures are re-aggregated (no repricing).
    /// </summary>
    public RiskInputError ApplyFill(InstrumentId instrument, double signedQuantity, double price)
    {
        RiskInputError error = RiskLimits.CheckPrice(price);
        if (error == RiskInputError.None)
        {
            error = RiskLimits.CheckQuantity(signedQuantity);
        }

        if (error != RiskInputError.None)
        {
            return Reject(error);
        }

        if (!_positionIndex.TryGetValue(instrument.Value, out int i))
        {
            return Reject(RiskInputError.UnknownInstrument);
        }

        double quantity = _p.Quantity[i] + signedQuantity;
        if (RiskLimits.CheckQuantity(quantity) != RiskInputError.None)
        {
            return Reject(RiskInputError.QuantityOutOfRange);
        }

        _p.Quantity[i] = quantity;
        _account.Cash -= signedQuantity * price * _p.Multiplier[i];
        int g = _p.Group[i];
        Recompute(g, reprice: false, _p.Risk[g]);
        return RiskInputError.None;
    }

    /// <summary>Sets an option's volatility and revalues its underlying (O(positions on that underlying)).</summary>
    public RiskInputError SetVolatility(InstrumentId option, double volatility)
    {
        RiskInputError error = RiskLimits.CheckVolatility(volatility);
        if (error != RiskInputError.None || (error = OptionIndex(option, out int i)) != RiskInputError.None)
        {
            return Reject(error);
        }

        _p.Volatility[i] = volatility;
        int g = _p.Group[i];
        _p.Time.RefreshedAtNanoseconds[g] = TimeCache.Stale;
        Recompute(g, reprice: true, _p.Risk[g]);
        return RiskInputError.None;
    }

    /// <summary>Sets an option's rate and dividend yield and revalues its underlying.</summary>
    public RiskInputError SetRates(InstrumentId option, double rate, double dividendYield)
    {
        RiskInputError error = RiskLimits.CheckRate(rate);
        if (error == RiskInputError.None)
        {
            error = RiskLimits.CheckRate(dividendYield);
        }

        if (error != RiskInputError.None || (error = OptionIndex(option, out int i)) != RiskInputError.None)
        {
            return Reject(error);
        }

        _p.Rate[i] = rate;
        _p.DividendYield[i] = dividendYield;
        int g = _p.Group[i];
        PrepareRates(g);
        Recompute(g, reprice: true, _p.Risk[g]);
        return RiskInputError.None;
    }

    /// <summary>
    /// Perpetual funding for one interval at <paramref name="fundingRate"/> (positive: longs pay shorts), on the
    /// notional at the underlying's last price: cash −= q·m·price·rate.
    /// </summary>
    public RiskInputError ApplyFunding(InstrumentId perpetual, double fundingRate)
    {
        if (!double.IsFinite(fundingRate) || Math.Abs(fundingRate) > RiskLimits.MaxAbsRate)
        {
            return Reject(double.IsFinite(fundingRate) ? RiskInputError.RateOutOfRange : RiskInputError.NotFinite);
        }

        if (!_positionIndex.TryGetValue(perpetual.Value, out int i))
        {
            return Reject(RiskInputError.UnknownInstrument);
        }

        if (_p.Kind[i] != InstrumentKind.Perpetual)
        {
            return Reject(RiskInputError.NotApplicable);
        }

        double price = _p.Risk[_p.Group[i]].Price;
        if (!(price > 0))
        {
            return Reject(RiskInputError.NoPrice);
        }

        _account.Cash -= _p.Quantity[i] * _p.Multiplier[i] * price * fundingRate;
        return RiskInputError.None;
    }

    /// <summary>Deposits (positive) or withdrawals and fees (negative).</summary>
    public RiskInputError AdjustCash(double amount)
    {
        if (!double.IsFinite(amount))
        {
            return Reject(RiskInputError.NotFinite);
        }

        _account.Cash += amount;
        return RiskInputError.None;
    }

    /// <summary>
    /// Full recompute (cold path): reprices every underlying that has a price from its stored state and
    /// re-sums the totals exactly. The reference the incremental path is tested against.
    /// </summary>
    public void RecomputeAll()
    {
        for (int g = 0; g < _p.GroupCount; g++)
        {
            Recompute(g, reprice: true, _p.Risk[g]);
        }

        ResyncAccount();
    }

    private RiskInputError OptionIndex(InstrumentId option, out int i)
    {
        if (!_positionIndex.TryGetValue(option.Value, out i))
        {
            return RiskInputError.UnknownInstrument;
        }

        return _p.Kind[i] == InstrumentKind.Option ? RiskInputError.None : RiskInputError.NotApplicable;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private RiskInputError Reject(RiskInputError error)
    {
        _rejected++;
        return error;
    }

    /// <summary>Recomputes underlying <paramref name="g"/> exactly from its range and moves the totals by the difference.</summary>
    // old is a copy on purpose: the caller passes the slot about to be overwritten.
    private void Recompute(int g, bool reprice, UnderlyingRisk old)
    {
        ref UnderlyingRisk risk = ref _p.Risk[g];
        double s = risk.Price;
        if (!(s > 0))
        {
            return; // not ticked yet: contributes nothing
        }

        int start = _p.GroupStart[g];
        int optionStart = _p.GroupOptionStart[g];
        int end = _p.GroupEnd[g];
        double linear = 0;
        double linearAbs = 0;
        double initial = 0;
        double maintenance = 0;
        for (int i = start; i < optionStart; i++)
        {
            double qm = _p.Quantity[i] * _p.Multiplier[i];
            linear += qm;
            linearAbs += Math.Abs(qm);
            double im = MarginModel.LinearMargin(qm, s, _p.InitialRate[i]);
            double mm = MarginModel.LinearMargin(qm, s, _p.MaintenanceRate[i]);
            _p.InitialMargin[i] = im;
            _p.MaintenanceMargin[i] = mm;
            initial += im;
            maintenance += mm;
            if (reprice)
            {
                _p.UnitPrice[i] = s;
                _p.UnitDelta[i] = 1.0;
            }
        }

        var range = new OptionRange(_p, optionStart, end - optionStart);
        if (reprice)
        {
            int done = RepriceRange(g, risk.TimestampNanoseconds, s, range);
            RepriceScalar(s, optionStart + done, end);
        }

        OptionSums sums = default;
        int aggregated = _simdBits == 512 ? RangeKernel512.Aggregate(s, _p.Scenario[g], range, ref sums) : RangeKernel256.Aggregate(s, _p.Scenario[g], range, ref sums);
        AggregateScalar(s, _p.Scenario[g], optionStart + aggregated, end, ref sums);

        risk.DeltaUnits = linear + sums.DeltaUnits;
        risk.DeltaCurrency = risk.DeltaUnits * s;
        risk.Gamma = sums.Gamma;
        risk.DollarGamma = sums.Gamma * s * s * 0.01;
        risk.Vega = sums.Vega;
        risk.Theta = sums.Theta;
        risk.Rho = sums.Rho;
        risk.GrossExposure = (linearAbs + sums.AbsDeltaUnits) * s;
        risk.Notional = (linearAbs + sums.AbsSize) * s;
        risk.MarketValue = linear * s + sums.Value;
        risk.InitialMargin = initial + sums.InitialMargin;
        risk.MaintenanceMargin = maintenance + sums.MaintenanceMargin;

        _account.MarketValue += risk.MarketValue - old.MarketValue;
        _account.DeltaCurrency += risk.DeltaCurrency - old.DeltaCurrency;
        _account.DollarGamma += risk.DollarGamma - old.DollarGamma;
        _account.Vega += risk.Vega - old.Vega;
        _account.Theta += risk.Theta - old.Theta;
        _account.Rho += risk.Rho - old.Rho;
        _account.GrossExposure += risk.GrossExposure - old.GrossExposure;
        _account.Notional += risk.Notional - old.Notional;
        _account.InitialMargin += risk.InitialMargin - old.InitialMargin;
        _account.MaintenanceMargin += risk.MaintenanceMargin - old.MaintenanceMargin;
        if (++_updatesSinceResync >= _resyncInterval)
        {
            ResyncAccount();
        }
    }

    private void RepriceScalar(double s, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            OptionGreeks g = OptionPricer.Greeks(
                _p.Sign[i] < 0 ? OptionRight.Put : OptionRight.Call,
                _p.Black76[i] != 0 ? PricingModel.Black76 : PricingModel.BlackScholesMerton,
                s, _p.Strike[i], _p.Time.T[i], _p.Volatility[i], _p.Rate[i], _p.DividendYield[i]);
            _p.UnitPrice[i] = g.Price;
            _p.UnitDelta[i] = g.Delta;
            _p.UnitGamma[i] = g.Gamma;
            _p.UnitVega[i] = g.Vega;
            _p.UnitTheta[i] = g.Theta;
            _p.UnitRho[i] = g.Rho;
        }
    }

    private void AggregateScalar(double s, in MarginScenario scenario, int from, int end, ref OptionSums sums)
    {
        for (int i = from; i < end; i++)
        {
            double qm = _p.Quantity[i] * _p.Multiplier[i];
            sums.DeltaUnits += qm * _p.UnitDelta[i];
            sums.Gamma += qm * _p.UnitGamma[i];
            sums.Vega += qm * _p.UnitVega[i];
            sums.Theta += qm * _p.UnitTheta[i];
            sums.Rho += qm * _p.UnitRho[i];
            sums.Value += qm * _p.UnitPrice[i];
            sums.AbsDeltaUnits += Math.Abs(qm * _p.UnitDelta[i]);
            sums.AbsSize += Math.Abs(qm);
            double im = MarginModel.OptionInitialMargin(qm, _p.UnitPrice[i], _p.UnitDelta[i], _p.UnitGamma[i], _p.UnitVega[i], s, scenario);
            double mm = im * scenario.OptionMaintenanceFraction;
            _p.InitialMargin[i] = im;
            _p.MaintenanceMargin[i] = mm;
            sums.InitialMargin += im;
            sums.MaintenanceMargin += mm;
        }
    }

    /// <summary>Totals re-summed exactly over underlyings (O(underlyings)); cash is a running balance, kept.</summary>
    private void ResyncAccount()
    {
        _updatesSinceResync = 0;
        AccountRisk a = default;
        a.Cash = _account.Cash;
        foreach (ref readonly UnderlyingRisk r in _p.Risk.AsSpan())
        {
            a.MarketValue += r.MarketValue;
            a.DeltaCurrency += r.DeltaCurrency;
            a.DollarGamma += r.DollarGamma;
            a.Vega += r.Vega;
            a.Theta += r.Theta;
            a.Rho += r.Rho;
            a.GrossExposure += r.GrossExposure;
            a.Notional += r.Notional;
            a.InitialMargin += r.InitialMargin;
            a.MaintenanceMargin += r.MaintenanceMargin;
        }

        _account = a;
    }
}
