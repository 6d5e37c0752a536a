using LowLatency.Testing;
using LowLatency.Venue.Tests.Support;
using LowLatency.Model.Orders;
using LowLatency.Venue.Config;
using LowLatency.Venue.Liquidity;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Tests.Liquidity;

public class LiquiditySimulatorTests
{
    private readonly VenueConfig _config = TestVenues.Demo();
    private readonly EventLog _log = new();
    private readonly MatchingEngine<RecordingListener> _engine;
    private readonly LiquiditySimulator<RecordingListener> _simulator;

    public LiquiditySimulatorTests()
    {
        _engine = new MatchingEngine<RecordingListener>(_config.BuildInstruments(), new RecordingListener(_log), _config.BuildMatchingOptions());
        _simulator = new LiquiditySimulator<RecordingListener>(_engine, _config);
    }

    [Fact]
    public void MakersKeepATwoSidedBookWithDepthAroundTheProcessPriceWhileTakersTrade()
    {
        _simulator.Open();
        int levels = _config.Liquidity.Maker.Levels;
        double[] start = _simulator.Process.Prices.ToArray();

        for (int step = 0; step < 2_000; step++)
        {
            _simulator.Step();
            for (int i = 0; i < 2; i++)
            {
                OrderBook book = _engine.Books[i];
                // Takers fire after the requote, so within a step they may have eaten up to two levels.
                Assert.InRange(book.LevelCount(Side.Buy), levels - 2, levels + 2);
                Assert.InRange(book.LevelCount(Side.Sell), levels - 2, levels + 2);
                Assert.True(book.TryGetBest(Side.Buy, out BookLevel bid));
                Assert.True(book.TryGetBest(Side.Sell, out BookLevel ask));
                Assert.True(bid.Price < ask.Price);
                double fair = _simulator.Process.Price(i);
                double band = fair * 12 / 10_000 + (4 * book.Definition.TickSize.ToDouble());
                Assert.InRange(bid.Price.ToDouble(), fair - band, fair);
                Assert.InRange(ask.Price.ToDouble(), fair, fair + band);
            }
        }

        // 2 instruments × 2 orders/s × 0.1 s × 2000 steps = 800 expected taker orders.
        Assert.InRange(_simulator.TakerOrders, 650, 950);
        Assert.True(_log.Trades.Count > 650, $"{_log.Trades.Count} trades");
        Assert.Contains(_log.Trades, t => t.Instrument.Value == 0);
        Assert.Contains(_log.Trades, t => t.Instrument.Value == 1);
        for (int i = 0; i < 2; i++)
        {
            double moved = Math.Abs(Math.Log(_simulator.Process.Price(i) / start[i]));
            Assert.True(moved > 0.005, $"instrument {i} moved only {moved:P3}");
        }

        Assert.DoesNotContain(_log.Executions, e => e.ExecType == ExecType.Rejected);
        Assert.Empty(_log.CancelRejects);
        Assert.DoesNotContain(_log.Executions, e => e.CancelReason == CancelReason.SelfTradePrevention);
        _simulator.Open();
        Assert.Equal(_config.Liquidity.Maker.Levels * 2, _engine.Books[0].OpenOrderCount);
        Assert.Equal(_config.Liquidity.Maker.Levels * 2, _engine.Books[1].OpenOrderCount);
    }

    [Fact]
    public void ASessionOrderTradesAgainstTheSyntheticMakersAtTheirQuotes()
    {
        _simulator.Open();
        _engine.Books[0].TryGetBest(Side.Sell, out BookLevel ask);

        _engine.Submit(new NewOrderRequest(new Core.Ids.InstrumentId(0), 7, VenueFixture.Id("mine"), Side.Buy, OrderType.Market, TimeInForce.ImmediateOrCancel, default, VenueFixture.Qty("3")));

        ExecutionReport fill = _log.Executions.Last(e => e.Owner == 7 && e.ExecType == ExecType.Trade);
        Assert.Equal((OrderStatus.Filled, ask.Price), (fill.Status, fill.LastPrice));
        Assert.Contains(_log.Executions, e => e is { Owner: LiquidityOwners.Maker, ExecType: ExecType.Trade, Liquidity: LiquidityIndicator.Maker });
    }

    [Fact]
    public void TheSameSeedReplaysTheSameMarket()
    {
        var otherLog = new EventLog();
        var otherEngine = new MatchingEngine<RecordingListener>(_config.BuildInstruments(), new RecordingListener(otherLog), _config.BuildMatchingOptions());
        var other = new LiquiditySimulator<RecordingListener>(otherEngine, _config);
        _simulator.Open();
        other.Open();

        for (int i = 0; i < 300; i++)
        {
            _simulator.Step();
            other.Step();
        }

        Assert.Equal(_log.Trades, otherLog.Trades);
        Assert.Equal(_log.Levels, otherLog.Levels);
    }

    [Fact]
    public void PollRunsTheStepsThatAreDueAndSkipsAheadAfterAStall()
    {
        long step = (long)_config.Liquidity.StepInterval.TotalNanoseconds;
        long t0 = 5_000_000_000;

        Assert.Equal(1, _simulator.Poll(t0));
        Assert.Equal(20, _engine.Books[0].OpenOrderCount + _engine.Books[1].OpenOrderCount);
        Assert.Equal(0, _simulator.Poll(t0 + step - 1));
        Assert.Equal(1, _simulator.Poll(t0 + step));
        Assert.Equal(3, _simulator.Poll(t0 + (4 * step)));
        Assert.Equal(16, _simulator.Poll(t0 + (1_000 * step)));
        Assert.Equal(0, _simulator.Poll(t0 + (1_000 * step)));
        Assert.Equal(1, _simulator.Poll(t0 + (1_001 * step)));
        Assert.Equal(21, _simulator.Steps);
    }

    [Fact]
    public void SteppingTheBackgroundMarketAllocatesNothingAfterWarmUp()
    {
        var engine = new MatchingEngine<CountingListener>(_config.BuildInstruments(), default, _config.BuildMatchingOptions());
        var simulator = new LiquiditySimulator<CountingListener>(engine, _config);
        simulator.Open();

        Assert.Equal(0, Allocations.MeasureSteadyState(simulator.Step, iterations: 2_000, warmup: 2_000));

        Assert.True(engine.Listener.Trades > 500);
    }

    [Fact]
    public void ASimulatorRefusesAnEngineBuiltFromOtherInstruments()
    {
        var engine = new MatchingEngine<CountingListener>(VenueFixture.Instruments(), default);

        var error = Assert.Throws<ArgumentException>(() => new LiquiditySimulator<CountingListener>(engine, _config));

        Assert.Contains("build the engine from VenueConfig.BuildInstruments()", error.Message, StringComparison.Ordinal);
    }
}
