using System.Globalization;
using System.Text.RegularExpressions;
using LowLatency.LoadTest.Harness;
using LowLatency.LoadTest.Reporting;
using LowLatency.Server.Config;
using LowLatency.Venue.Hosting;

namespace LowLatency.LoadTest.Scenarios;

/// <summary>
/// The <c>venues</c> scenario, end to end: the shipped venues with their liquidity simulators sped up (a venues.ini
/// text built from the shipped one: <c>TimeAcceleration</c> and taker rate scaled so each venue takes
/// <c>stepsPerSecond</c> liquidity steps a second) publish market data over FIX; the engine reads it from the sockets,
/// decides and hedges on the same venues; BTC is shocked periodically as in <c>ticks</c>. The generator sends
/// nothing: offered = market-data messages the venues sent, achieved = market-data events the decision stage handled.
/// The latency channels are the server's (from the socket read: a venue's own queueing is not in them).
/// </summary>
public sealed class VenuesSystem : ILoadSystem
{
    private readonly EngineRig _rig;
    private readonly VenueQuotes _shocks;
    private long _venueMdAtStart;
    private long _shocksAtStart;

    public VenuesSystem(EngineRigOptions rig, double stepsPerSecond)
    {
        ArgumentNullException.ThrowIfNull(rig);
        VenuesIni = BuildIni(DefaultConfigs.Venues.Text, stepsPerSecond);
        _rig = new EngineRig(rig with { VenuesIni = VenuesIni });
        _shocks = new VenueQuotes(_rig, new TicksOptions { QuoteRefresh = TimeSpan.FromMilliseconds(100) });
    }

    public string VenuesIni { get; }

    public string PrimaryChannel => "tick_to_wire";

    /// <summary>DESIGN.md: tick ingress → order bytes handed to the socket, p50 ≤ 2 µs and p99.9 ≤ 20 µs.</summary>
    public IReadOnlyList<Threshold> DefaultThresholds { get; } = [new("tick_to_wire", 50, 2_000), new("tick_to_wire", 99.9, 20_000)];

    /// <summary>
    /// The shipped venues.ini with every liquidity simulator stepping <paramref name="stepsPerSecond"/> times a real
    /// second: simulated StepInterval stays, TimeAcceleration = steps/s × StepInterval, takers scaled alike.
    /// </summary>
    public static string BuildIni(string shipped, double stepsPerSecond)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        if (!(stepsPerSecond > 0) || stepsPerSecond > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(stepsPerSecond), stepsPerSecond, "liquidity steps per second in (0, 10000]");
        }

        string text = Regex.Replace(shipped, @"^StepInterval=.*$", "StepInterval=10ms", RegexOptions.Multiline);
        double acceleration = stepsPerSecond * 0.010;
        text = Regex.Replace(text, @"^TimeAcceleration=.*$", string.Create(CultureInfo.InvariantCulture, $"TimeAcceleration={acceleration:0.###}"), RegexOptions.Multiline);
        return Regex.Replace(text, @"^TakerOrdersPerSecond=(.*)$",
            m => string.Create(CultureInfo.InvariantCulture, $"TakerOrdersPerSecond={Math.Max(1, double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * stepsPerSecond / 10):0.###}"),
            RegexOptions.Multiline);
    }

    public void Start()
    {
        _rig.Start();
        _shocks.Start();
    }

    public void BeginStep(LoadStep step)
    {
        _rig.BeginStep();
        _venueMdAtStart = VenueMarketData();
        _shocksAtStart = _shocks.Shocks;
    }

    public bool Send(long intendedNs) => false; // the venues drive this scenario: its steps offer nothing

    public bool Poll(long nowNs) => false;

    public bool Drain(TimeSpan timeout) => EngineRig.Until(() => _rig.Server.DecisionLag == 0, timeout);

    public (IReadOnlyList<LatencyChannel> Channels, StepCounters Counters) EndStep()
    {
        long venueMd = VenueMarketData() - _venueMdAtStart;
        var extra = new Dictionary<string, long> { ["shocks"] = _shocks.Shocks - _shocksAtStart, ["venue_md_messages"] = venueMd };
        StepCounters c = _rig.Counters(0, extra);
        return (_rig.ServerChannels("market data read from the socket"), c with { OfferedEvents = venueMd, AchievedEvents = extra["md_events"] });
    }

    public bool Stop(TimeSpan timeout)
    {
        _shocks.Dispose();
        return _rig.Stop(timeout);
    }

    public void Dispose()
    {
        _shocks.Dispose();
        _rig.Dispose();
    }

    private long VenueMarketData()
    {
        long n = 0;
        foreach (RunningVenue v in _rig.Venues.Venues)
        {
            n += v.Stats.MarketDataMessagesSent;
        }

        return n;
    }
}
