using LowLatency.Core;
using LowLatency.Core.Ids;
using LowLatency.Model.Instruments;
using LowLatency.Quant.Greeks;

namespace LowLatency.Quant.Exposure;

/// <summary>
/// Cold-path assembly of a <see cref="PortfolioRiskBook"/>: every instrument the engine may hold or hedge with
/// is registered here (quantity 0 is fine), because the book's arrays are sized and ordered once. Invalid
/// reference data throws here, at start-up, naming the instrument and the reason.
/// </summary>
public sealed class PortfolioRiskBookBuilder
{
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<int, MarginParameters> _margins = [];
    private MarginParameters _defaultMargin = MarginParameters.Default;
    private double _cash;
    private int _resyncInterval = 64;
    private long _timeResolutionNanoseconds;

    private readonly record struct Entry(Instrument Instrument, double Quantity, double Volatility, double Rate, double DividendYield);

    /// <summary>Starting cash (the equity before any mark-to-market).</summary>
    public PortfolioRiskBookBuilder WithCash(double cash)
    {
        if (!double.IsFinite(cash))
        {
            ThrowHelper.ThrowArgument(nameof(cash), "cash must be finite");
        }

        _cash = cash;
        return this;
    }

    /// <summary>Margin parameters for underlyings without their own.</summary>
    public PortfolioRiskBookBuilder WithDefaultMargin(MarginParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        _defaultMargin = parameters;
        return this;
    }

    /// <summary>Margin parameters for one underlying.</summary>
    public PortfolioRiskBookBuilder WithMargin(InstrumentId underlying, MarginParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        _margins[underlying.Value] = parameters;
        return this;
    }

    /// <summary>How many incremental total updates run between exact re-summations over underlyings (≥ 1).</summary>
    public PortfolioRiskBookBuilder WithResyncInterval(int updates)
    {
        if (updates < 1)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(updates), "must be at least 1");
        }

        _resyncInterval = updates;
        return this;
    }

    /// <summary>
    /// How stale the time to expiry in the greeks may get (0 to 1 minute; default 0 = exact at every tick). With
    /// e.g. 1 ms the time-only terms of the greeks are refreshed at most once a millisecond per underlying (and at
    /// every expiry crossing), saving most of a tick's work; the price error is about |Θ|·resolution (see
    /// <see cref="PortfolioRiskBook.TimeResolutionNanoseconds"/>).
    /// </summary>
    public PortfolioRiskBookBuilder WithTimeResolution(TimeSpan resolution)
    {
        if (resolution < TimeSpan.Zero || resolution > TimeSpan.FromMinutes(1))
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(resolution), "must be between 0 and 1 minute");
        }

        _timeResolutionNanoseconds = resolution.Ticks * 100;
        return this;
    }

    /// <summary>
    /// Registers a position. Options need a positive strike and an expiry; <paramref name="volatility"/>,
    /// <paramref name="rate"/> and <paramref name="dividendYield"/> are their pricing inputs (ignored otherwise).
    /// </summary>
    public PortfolioRiskBookBuilder AddPosition(Instrument instrument, double quantity = 0, double volatility = 0, double rate = 0, double dividendYield = 0)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        string name = instrument.Symbol;
        Require(RiskLimits.CheckQuantity(quantity), name, "quantity");
        Require(RiskLimits.CheckQuantity(instrument.Multiplier), name, "multiplier");
        if (!(instrument.Multiplier > 0))
        {
            ThrowHelper.ThrowArgument(nameof(instrument), $"{name}: multiplier must be positive");
        }

        if (instrument.Kind == InstrumentKind.Option)
        {
            Require(RiskLimits.CheckPrice(instrument.Strike), name, "strike");
            Require(RiskLimits.CheckVolatility(volatility), name, "volatility");
            Require(RiskLimits.CheckRate(rate), name, "rate");
            Require(RiskLimits.CheckRate(dividendYield), name, "dividend yield");
            if (instrument.Expiry is null)
            {
                ThrowHelper.ThrowArgument(nameof(instrument), $"{name}: an option needs an expiry");
            }
        }

        foreach (Entry e in _entries)
        {
            if (e.Instrument.Id == instrument.Id)
            {
                ThrowHelper.ThrowArgument(nameof(instrument), $"{name}: instrument {instrument.Id.Value} registered twice");
            }
        }

        _entries.Add(new Entry(instrument, quantity, volatility, rate, dividendYield));
        return this;
    }

    /// <summary>Sizes and orders the state (underlyings by id; linear positions, then options) and returns the book.</summary>
    public PortfolioRiskBook Build() => Build(VectorWidth.Best);

    internal PortfolioRiskBook Build(int simdBits)
    {
        var underlyings = new SortedSet<int>();
        foreach (Entry e in _entries)
        {
            underlyings.Add(e.Instrument.Underlying.Value);
        }

        var store = new PositionStore(_entries.Count, underlyings.Count);
        var positionIndex = new Dictionary<int, int>(_entries.Count);
        var groupIndex = new Dictionary<int, int>(underlyings.Count);
        int next = 0;
        int g = 0;
        foreach (int u in underlyings)
        {
            MarginParameters margin = _margins.TryGetValue(u, out MarginParameters? m) ? m : _defaultMargin;
            groupIndex[u] = g;
            store.GroupStart[g] = next;
            store.Scenario[g] = MarginScenario.From(margin);
            store.Risk[g].Underlying = new InstrumentId(u);
            foreach (bool options in (ReadOnlySpan<bool>)[false, true])
            {
                if (options)
                {
                    store.GroupOptionStart[g] = next;
                }

                foreach (Entry e in _entries)
                {
                    if (e.Instrument.Underlying.Value == u && (e.Instrument.Kind == InstrumentKind.Option) == options)
                    {
                        Place(store, next, g, e, margin);
                        positionIndex[e.Instrument.Id.Value] = next++;
                    }
                }
            }

            store.GroupEnd[g] = next;
            g++;
        }

        return new PortfolioRiskBook(store, positionIndex, groupIndex, _cash, _resyncInterval, simdBits, _timeResolutionNanoseconds);
    }

    private static void Place(PositionStore s, int i, int group, Entry e, MarginParameters margin)
    {
        Instrument inst = e.Instrument;
        s.Instrument[i] = inst.Id;
        s.Kind[i] = inst.Kind;
        s.Group[i] = group;
        s.Multiplier[i] = inst.Multiplier;
        s.Quantity[i] = e.Quantity;
        (s.InitialRate[i], s.MaintenanceRate[i]) = inst.Kind switch
        {
            InstrumentKind.Spot => (margin.SpotInitialRate, margin.SpotMaintenanceRate),
            InstrumentKind.Future => (margin.FutureInitialRate, margin.FutureMaintenanceRate),
            InstrumentKind.Perpetual => (margin.PerpetualInitialRate, margin.PerpetualMaintenanceRate),
            _ => (0.0, 0.0),
        };
        if (inst.Kind == InstrumentKind.Option)
        {
            s.Strike[i] = inst.Strike;
            s.LogStrike[i] = Math.Log(inst.Strike);
            s.ExpiryYears[i] = YearFraction.FromUnixNanoseconds(YearFraction.ToUnixNanoseconds(inst.Expiry!.Value));
            s.Sign[i] = inst.Right == OptionRight.Put ? -1.0 : 1.0;
            s.Black76[i] = inst.OnFuture ? 1.0 : 0.0;
            s.Volatility[i] = e.Volatility;
            s.Rate[i] = e.Rate;
            s.DividendYield[i] = e.DividendYield;
        }
    }

    private static void Require(RiskInputError error, string instrument, string what)
    {
        if (error != RiskInputError.None)
        {
            ThrowHelper.ThrowArgument(what, $"{instrument}: {what} refused ({error})");
        }
    }
}
