using HdrHistogram;
using LowLatency.LoadTest.Harness;
using LowLatency.LoadTest.Reporting;
using LowLatency.Model.MarketData;
using LowLatency.Server.Config;

namespace LowLatency.LoadTest.Scenarios;

/// <summary>
/// The <c>ticks</c> scenario: the full engine connected over FIX to the simulated venues, and the harness injecting
/// market-data ticks straight into the inbound ring (<c>PublishMarketData</c>) at the step's rate. Each tick is a
/// venue's real top of book (re-read every <see cref="TicksOptions.QuoteRefresh"/>) widened by 0–2 ticks per side
/// (never tighter than the venue, so an order priced off it can still trade there); BTC is shocked on every venue
/// periodically so hedges are decided, sent and filled.
/// Latency channels: the server's tick→order and tick→wire (the tick's timestamp IS its intended time, so they are
/// coordinated-omission corrected), and the harness's own <c>decision_done</c>: intended time → the decision stage's
/// ring sequence passed the tick, as observed by the generator thread between sends (its resolution is that
/// thread's wait loop: a yield, or up to a sleep when parking with nothing in flight).
/// </summary>
public sealed class TicksSystem : ILoadSystem
{
    private readonly EngineRig _rig;
    private readonly VenueQuotes _quotes;
    private readonly CompletionQueue _inFlight = new();
    private readonly LongHistogram _decision = new(RateGenerator.HighestTrackableNs, 3);
    private MarketDataEvent _md;
    private ulong _random;
    private int _next;
    private long _sequence;
    private long _backPressured;
    private long _shocksAtStart;
    private long _untrackedAtStart;

    public TicksSystem(EngineRigOptions rig, TicksOptions ticks)
    {
        ArgumentNullException.ThrowIfNull(rig);
        _rig = new EngineRig(rig);
        _quotes = new VenueQuotes(_rig, ticks);
        _random = (ulong)rig.Seed * 0x9E3779B97F4A7C15UL | 1;
    }

    public EngineRig Rig => _rig;

    public string PrimaryChannel => "tick_to_wire";

    /// <summary>DESIGN.md: tick ingress → order bytes handed to the socket, p50 ≤ 2 µs and p99.9 ≤ 20 µs.</summary>
    public IReadOnlyList<Threshold> DefaultThresholds { get; } = [new("tick_to_wire", 50, 2_000), new("tick_to_wire", 99.9, 20_000)];

    public void Start()
    {
        _rig.Start();
        _quotes.Start();
    }

    public void BeginStep(LoadStep step)
    {
        _rig.BeginStep();
        _decision.Reset();
        _backPressured = 0;
        _shocksAtStart = _quotes.Shocks;
        _untrackedAtStart = _inFlight.Untracked;
    }

    public bool Send(long intendedNs)
    {
        int pair = _next;
        _next = pair + 1 == _quotes.Pairs.Count ? 0 : pair + 1;
        VenueQuotes.Pair p = _quotes.Pairs[pair];
        VenueQuotes.Quote? q = _quotes[pair];
        if (q is null)
        {
            return false; // this book has no two-sided quote yet: the tick cannot be priced
        }

        ulong r = NextRandom();
        _md.Instrument = p.Instrument;
        _md.Venue = p.VenueId;
        _md.Kind = MarketDataUpdateKind.Incremental;
        _md.PriceScale = (byte)p.PriceScale;
        _md.QuantityScale = (byte)p.QuantityScale;
        _md.BidCount = 1;
        _md.AskCount = 1;
        _md.HasTrade = false;
        _md.Bids[0] = new MarketDataLevel(q.Bid - ((long)(r % 3) * p.TickMantissa), q.BidSize);
        _md.Asks[0] = new MarketDataLevel(q.Ask + ((long)((r >> 8) % 3) * p.TickMantissa), q.AskSize);
        _md.Sequence = ++_sequence;
        _md.ExchangeTimestampNs = 0;
        _md.ReceiveTimestampNs = intendedNs; // the server's tick→order latency starts at the intended time
        if (_rig.Server.Inbound.RemainingCapacity() <= 0)
        {
            _backPressured++; // the publish below waits for room: the wait is charged to this and later ticks
        }

        _rig.Server.PublishMarketData(in _md);
        _inFlight.Add(_rig.Server.Inbound.Cursor, intendedNs); // the cursor after our publish bounds our sequence from above
        return true;
    }

    public bool Poll(long nowNs)
    {
        if (_inFlight.Count == 0)
        {
            return false;
        }

        long done = _rig.Server.Inbound.GetMinimumGatingSequence(); // the decision stage is the inbound ring's last stage
        while (_inFlight.TryTake(done, out long intended))
        {
            _decision.RecordValue(Math.Clamp(nowNs - intended, 1, RateGenerator.HighestTrackableNs));
        }

        return _inFlight.Count > 0;
    }

    public bool Drain(TimeSpan timeout) => EngineRig.Until(() => !Poll(LowLatency.Core.Time.MonotonicClock.NowNanoseconds()), timeout);

    public (IReadOnlyList<LatencyChannel> Channels, StepCounters Counters) EndStep()
    {
        var channels = new List<LatencyChannel>(_rig.ServerChannels("intended tick time"))
        {
            new("decision_done", "intended tick time → decision stage passed it (harness, observed between sends)", LatencyStats.From(_decision), _decision.Copy()),
        };
        var extra = new Dictionary<string, long>
        {
            ["shocks"] = _quotes.Shocks - _shocksAtStart,
            ["untracked"] = _inFlight.Untracked - _untrackedAtStart,
        };
        return (channels, _rig.Counters(_backPressured, extra));
    }

    public bool Stop(TimeSpan timeout)
    {
        _quotes.Dispose();
        return _rig.Stop(timeout);
    }

    public void Dispose()
    {
        _quotes.Dispose();
        _rig.Dispose();
    }

    private ulong NextRandom()
    {
        // xorshift64: deterministic per seed, no allocation
        ulong x = _random;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        _random = x;
        return x;
    }
}
