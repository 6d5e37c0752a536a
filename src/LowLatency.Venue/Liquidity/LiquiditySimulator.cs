using LowLatency.Core;
using LowLatency.Venue.Config;
using LowLatency.Venue.Matching;
using MathNet.Numerics.Random;

namespace LowLatency.Venue.Liquidity;

/// <summary>
/// The background market of one venue: steps the correlated price process, requotes the synthetic makers
/// around it and fires the synthetic takers, all through the venue's own <see cref="MatchingEngine{TListener}"/>,
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
        var assets = new AssetDynamics[n];
        _makers = new SyntheticMaker[n];
        _takers = new SyntheticTakers[n];
        var takerRandom = new Xoshiro256StarStar(unchecked(liquidity.Seed * 31 + 7), threadSafe: false);
        for (int i = 0; i < n; i++)
        {
            VenueInstrumentConfig instrument = config.Instruments[i];
            OrderBook book = engine.GetBook(new Core.Ids.InstrumentId(i));
            if (book.Definition.Symbol != instrument.Symbol)
            {
                ThrowHelper.ThrowArgument(nameof(engine), $"engine instrument {i} is '{book.Definition.Symbol}', configuration says '{instrument.Symbol}': build the engine from VenueConfig.BuildInstruments()");
            }

            assets[i] = new AssetDynamics(instrument.StartingPrice.ToDouble(), instrument.Drift, instrument.Volatility, instrument.JumpIntensity, instrument.JumpMean, instrument.JumpVolatility);
            // Disjoint id ranges per instrument and role keep every synthetic ClOrdID unique for its owner.
            _makers[i] = new SyntheticMaker(book, liquidity.Maker, (long)i << 40);
            _takers[i] = new SyntheticTakers(book, liquidity.Taker, takerRandom, (long)i << 40);
        }

        Process = new CorrelatedGbm(assets, liquidity.BuildCorrelationMatrix(config.Instruments), liquidity.Seed);
        _engine = engine;
        _stepSeconds = liquidity.StepInterval.TotalSeconds * liquidity.TimeAcceleration;
        _realStepSeconds = liquidity.StepInterval.TotalSeconds;
        _stepNanoseconds = Math.Max(1, liquidity.StepInterval.Ticks * 100);
    }

    /// <summary>The price process (fair values the makers quote around).</summary>
    public CorrelatedGbm Process { get; }

    /// <summary>Steps run so far.</summary>
    public long Steps { get; private set; }

    /// <summary>Taker orders sent so far.</summary>
    public long TakerOrders { get; private set; }

    /// <summary>Simulated seconds elapsed (step interval × time acceleration per step).</summary>
    public double SimulatedSeconds => Steps * _stepSeconds;

    /// <summary>Places every maker quote at the current process prices (call once before trading opens; later calls top quotes up).</summary>
    public void Open()
    {
        for (int i = 0; i < _makers.Length; i++)
        {
            _makers[i].Requote(_engine, Process.Price(i));
        }
    }

    /// <summary>One step: advance the process, requote makers, fire takers.</summary>
    public void Step()
    {
        Process.Step(_stepSeconds / SecondsPerYear);
        for (int i = 0; i < _makers.Length; i++)
        {
            double fair = Process.Price(i);
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
}
