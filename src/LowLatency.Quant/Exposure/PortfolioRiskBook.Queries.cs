using LowLatency.Core;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Greeks;

namespace LowLatency.Quant.Exposure;

// Reads: cheap and allocation-free, for the rebalancing policies (same thread) and for snapshots handed to
// the analytics thread (CopyPositions on the writer thread, then the copy crosses threads).
public sealed partial class PortfolioRiskBook
{
    /// <summary>Account totals, by reference (no copy).</summary>
    public ref readonly AccountRisk Account => ref _account;

    /// <summary>Number of underlyings (groups).</summary>
    public int UnderlyingCount => _p.GroupCount;

    /// <summary>Number of registered positions.</summary>
    public int PositionCount => _p.Count;

    /// <summary>Figures of one underlying by reference; throws (a programming error) if it is not registered.</summary>
    public ref readonly UnderlyingRisk Underlying(InstrumentId underlying)
    {
        if (!_groupIndex.TryGetValue(underlying.Value, out int g))
        {
            ThrowHelper.ThrowArgument(nameof(underlying), "underlying not registered in the book");
        }

        return ref _p.Risk[g];
    }

    /// <summary>Figures of the underlying at <paramref name="index"/> (0 ≤ index &lt; <see cref="UnderlyingCount"/>, ordered by id).</summary>
    public ref readonly UnderlyingRisk UnderlyingAt(int index) => ref _p.Risk[index];

    /// <summary>Dense index of an underlying, for callers that want to skip the dictionary probe on every read.</summary>
    public bool TryGetUnderlyingIndex(InstrumentId underlying, out int index) => _groupIndex.TryGetValue(underlying.Value, out index);

    /// <summary>Dense index of a position (stable for the book's lifetime).</summary>
    public bool TryGetPositionIndex(InstrumentId instrument, out int index) => _positionIndex.TryGetValue(instrument.Value, out index);

    /// <summary>Signed quantity of one position (0 when not registered).</summary>
    public double QuantityOf(InstrumentId instrument) => _positionIndex.TryGetValue(instrument.Value, out int i) ? _p.Quantity[i] : 0.0;

    /// <summary>Position at a dense index, as last valued.</summary>
    public PositionRisk GetPosition(int index)
    {
        if ((uint)index >= (uint)_p.Count)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(index), "no position at this index");
        }

        ref readonly UnderlyingRisk u = ref _p.Risk[_p.Group[index]];
        bool option = _p.Kind[index] == InstrumentKind.Option;
        return new PositionRisk
        {
            Instrument = _p.Instrument[index],
            Underlying = u.Underlying,
            Kind = _p.Kind[index],
            Quantity = _p.Quantity[index],
            Multiplier = _p.Multiplier[index],
            UnderlyingPrice = u.Price,
            UnitPrice = _p.UnitPrice[index],
            UnitDelta = _p.UnitDelta[index],
            UnitGamma = _p.UnitGamma[index],
            UnitVega = _p.UnitVega[index],
            UnitTheta = _p.UnitTheta[index],
            UnitRho = _p.UnitRho[index],
            InitialMargin = _p.InitialMargin[index],
            MaintenanceMargin = _p.MaintenanceMargin[index],
            Right = _p.Sign[index] < 0 ? OptionRight.Put : OptionRight.Call,
            Model = _p.Black76[index] != 0 ? PricingModel.Black76 : PricingModel.BlackScholesMerton,
            Strike = _p.Strike[index],
            TimeToExpiryYears = option ? Math.Max(_p.ExpiryYears[index] - _p.Time.ValuationYears[_p.Group[index]], 0.0) : 0.0,
            Volatility = _p.Volatility[index],
            Rate = _p.Rate[index],
            DividendYield = _p.DividendYield[index],
        };
    }

    /// <summary>Copies every position into <paramref name="destination"/> (a preallocated snapshot); returns the count.</summary>
    public int CopyPositions(Span<PositionRisk> destination)
    {
        int n = Math.Min(destination.Length, _p.Count);
        for (int i = 0; i < n; i++)
        {
            destination[i] = GetPosition(i);
        }

        return n;
    }

    /// <summary>
    /// Distance to liquidation if every underlying moved by the same fraction at once (a market-wide move):
    /// delta-gamma P&amp;L of the whole book against the account's excess equity. Prices are NaN (no single price).
    /// </summary>
    public LiquidationDistance AccountLiquidation() =>
        LiquidationDistance.Solve(_account.DeltaCurrency, 50.0 * _account.DollarGamma, _account.ExcessEquity, double.NaN);

    /// <summary>Distance to liquidation if only <paramref name="underlying"/> moved, everything else unchanged.</summary>
    public LiquidationDistance UnderlyingLiquidation(InstrumentId underlying)
    {
        ref readonly UnderlyingRisk u = ref Underlying(underlying);
        return LiquidationDistance.Solve(u.DeltaCurrency, 50.0 * u.DollarGamma, _account.ExcessEquity, u.Price);
    }

    /// <summary>
    /// Distance to liquidation from this position alone: the move of its underlying whose P&amp;L on this position
    /// would consume the account's excess equity.
    /// </summary>
    public LiquidationDistance PositionLiquidation(InstrumentId instrument)
    {
        if (!_positionIndex.TryGetValue(instrument.Value, out int i))
        {
            ThrowHelper.ThrowArgument(nameof(instrument), "instrument not registered in the book");
        }

        double s = _p.Risk[_p.Group[i]].Price;
        double qm = _p.Quantity[i] * _p.Multiplier[i];
        return LiquidationDistance.Solve(qm * _p.UnitDelta[i] * s, 0.5 * qm * _p.UnitGamma[i] * s * s, _account.ExcessEquity, s);
    }
}
