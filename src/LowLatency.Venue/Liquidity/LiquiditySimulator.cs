using LowLatency.Core;
using LowLatency.Venue.Config;
using LowLatency.Venue.Matching;
using MathNet.Numerics.Random;

namespace LowLatency.Venue.Liquidity;

/// <summary>
/// The background market of one venue: steps the correlated price process of the drivers (and the basis of the
/// instruments following them), requotes the synthetic makers around each instrument's fair price and fires the
/// synthetic takers, all through the venue's own <see cref="MatchingEngine{TListener}"/>,
/// so prices move, books have depth and trades print. I/O-free: time comes in through <see cref="Poll"/>
/// (or <see cref="Step"/> in tests); call it on the matching thread, between commands.
/// </summary>
public sealed class LiquiditySimulator<TListener>
    where TListener : struct, IMatchingListener
{
    private const double SecondsPerYear = 365.25 * 24 * 3600;

    /// <summary>Steps run by one <see cref="Poll"/> at most, so a stalled thread catches up gently rather than in one burst.</summary>
    private const int MaxStepsPerPoll = 16;

    private readonly MatchingEngine<TListener> _engine;
    private readonly SyntheticMaker[] _makers;
    private readonly SyntheticTakers[] _takers;
    private readonly int[] _driverOf;
    private readonly BasisProcess?[] _basis;
    private readonly double _stepSeconds;
    private readonly double _realStepSeconds;
    private readonly long _stepNanoseconds;
    private long _nextStepAt = long.MinValue;

    /// <param name="engine">The venue's engine, built from <paramref name="config"/>'s instruments (i-th instrument = id i).</param>
    /// <param name="config">A valid venue configuration with liquidity enabled.</param>
    public LiquiditySimulator(MatchingEngine<TListener> engine, VenueConfig config)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(config);
        config.EnsureValid();
        if (!config.Liquidity.Enabled)
        {
            ThrowHelper.ThrowArgument(nameof(config), $"venue '{config.Name}' has liquidity disabled");
        }

        LiquidityConfig liquidity = config.Liquidity;
        int n = config.Instruments.Count;
        IReadOnlyList<VenueInstrumentConfig> drivers = LiquidityConfig.Drivers(config.Instruments);
        var assets = new AssetDynamics[drivers.Count];
        _makers = new SyntheticMaker[n];
        _takers = new SyntheticTakers[n];
        _driverOf = new int[n];
        _basis = new BasisProcess?[n];
        var takerRandom = new Xoshiro256StarStar(unchecked(liquidity.Seed * 31 + 7), threadSafe: false);
        var basisRandom = new Xoshiro256StarStar(unchecked(liquidity.Seed * 17 + 3), threadSafe: false);
        _stepSeconds = liquidity.StepInterval.TotalSeconds * liquidity.TimeAcceleration;
        for (int d = 0; d < drivers.Count; d++)
        {
            VenueInstrumentConfig driver = drivers[d];
            assets[d] = new AssetDynamics(driver.StartingPrice.ToDouble(), driver.Drift, driver.Volatility, driver.JumpIntensity, driver.JumpMean, driver.JumpVolatility);
        }

        for (int i = 0; i < n; i++)
        {
            VenueInstrumentConfig instrument = config.Instruments[i];
            OrderBook book = engine.GetBook(new Core.Ids.InstrumentId(i));
            if (book.Definition.Symbol != instrument.Symbol)
            {
                ThrowHelper.ThrowArgument(nameof(engine), $"engine instrument {i} is '{book.Definition.Symbol}', configuration says '{instrument.Symbol}': build the engine from VenueConfig.BuildInstruments()");
            }

            string driverSymbol = instrument.FollowsDriver ? instrument.Underlying! : instrument.Symbol;
            _driverOf[i] = IndexOf(drivers, driverSymbol);
            if (instrument.FollowsDriver)
            {
                double initialBasis = Math.Log(instrument.StartingPrice.ToDouble() / drivers[_driverOf[i]].StartingPrice.ToDouble());
                _basis[i] = new BasisProcess(initialBasis, instrument.Basis, instrument.BasisVolatility, instrument.BasisHalfLife.TotalSeconds, basisRandom);
            }

            // Disjoint id ranges per instrument and role keep every synthetic ClOrdID unique for its owner.
            _makers[i] = new SyntheticMaker(book, liquidity.Maker, (long)i << 40);
            _takers[i] = new SyntheticTakers(book, liquidity.Taker, takerRandom, (long)i << 40);
        }

        Process = new CorrelatedGbm(assets, liquidity.BuildCorrelationMatrix(config.Instruments), liquidity.Seed);
        _engine = engine;
        _realStepSeconds = liquidity.StepInterval.TotalSeconds;
        _stepNanoseconds = Math.Max(1, liquidity.StepInterval.Ticks * 100);
    }

    /// <summary>The correlated price process of the drivers (instruments that follow no other).</summary>
    public CorrelatedGbm Process { get; }

    /// <summary>The price the makers quote around for instrument <paramref name="instrument"/> (index = instrument id): its driver's price, times e^basis for a follower.</summary>
    public double FairPrice(int instrument)
    {
        double driver = Process.Price(_driverOf[instrument]);
        return _basis[instrument] is { } basis ? driver * Math.Exp(basis.Value) : driver;
    }

    /// <summary>Moves the driver of <paramref name="instrument"/> by <paramref name="logReturn"/> at once (its followers move with it).</summary>
    public void Shock(int instrument, double logReturn) => Process.Shock(_driverOf[instrument], logReturn);

    /// <summary>Steps run so far.</summary>
    public long Steps { get; private set; }

    /// <summary>Taker orders sent so far.</summary>
    public long TakerOrders { get; private set; }

    /// <summary>Monotonic time of the next step (long.MinValue before the first <see cref="Poll"/>, which opens the market at once).</summary>
    public long NextStepAt => _nextStepAt;

    /// <summary>Simulated seconds elapsed (step interval × time acceleration per step).</summary>
    public double SimulatedSeconds => Steps * _stepSeconds;

    /// <summary>Places every maker quote at the current process prices (call once before trading opens; later calls top quotes up).</summary>
    public void Open()
    {
        for (int i = 0; i < _makers.Length; i++)
        {
            _makers[i].Requote(_engine, FairPrice(i));
        }
    }

    /// <summary>One step: advance the process, requote makers, fire takers.</summary>
    public void Step()
    {
        Process.Step(_stepSeconds / SecondsPerYear);
        foreach (BasisProcess? basis in _basis)
        {
            basis?.Step(_stepSeconds);
        }

        for (int i = 0; i < _makers.Length; i++)
        {
            double fair = FairPrice(i);
            _makers[i].Requote(_engine, fair);
            // Taker flow is a load on the venue, so its rate is per wall-clock second; only prices run accelerated.
            TakerOrders += _takers[i].Fire(_engine, fair, _realStepSeconds);
        }

        Steps++;
    }

    /// <summary>Runs the steps due by <paramref name="nowNanoseconds"/> (monotonic); returns how many ran (an agent's work count).</summary>
    public int Poll(long nowNanoseconds)
    {
        if (_nextStepAt == long.MinValue)
        {
            Open();
            _nextStepAt = nowNanoseconds + _stepNanoseconds;
            return 1;
        }

        int done = 0;
        while (nowNanoseconds >= _nextStepAt && done < MaxStepsPerPoll)
        {
            Step();
            _nextStepAt += _stepNanoseconds;
            done++;
        }

        if (done == MaxStepsPerPoll && nowNanoseconds >= _nextStepAt)
        {
            // Too far behind (debugger, stalled thread): skip ahead rather than replay a backlog of stale steps.
            _nextStepAt = nowNanoseconds + _stepNanoseconds;
        }

        return done;
    }

    private static int IndexOf(IReadOnlyList<VenueInstrumentConfig> drivers, string symbol)
    {
        for (int i = 0; i < drivers.Count; i++)
        {
            if (drivers[i].Symbol == symbol)
            {
                return i;
            }
        }

        return ThrowHelper.ThrowInvalidOperation<int>($"'{symbol}' is not a price driver of the venue (validation should have refused the configuration)");
    }
}
