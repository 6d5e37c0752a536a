#if SERVER_BENCHMARKS
using LowLatency.Core.Ids;
using LowLatency.Execution.Config;
using LowLatency.Execution.Metrics;
using LowLatency.Model.MarketData;
using LowLatency.Server.Config;
using LowLatency.Server.Pipeline;
using LowLatency.Server.Replay;

namespace LowLatency.Benchmarks.Server;

/// <summary>
/// Shared set-up of the server benchmarks: the shipped configuration with limits that never bind (throttles, stale
/// books, position and exposure caps opened up; a deep account), a decision stage warmed on a synthetic market, and BTC spot ticks
/// from venue 1 that either stay inside the delta band (quiet) or cross it each time in alternating directions
/// (trading: every tick sends a hedge, which the fill model fills at once).
/// </summary>
internal sealed class ServerBench
{
    public const double QuietMid = 60_000;
    public const double TradeUp = 64_000;

    public static EngineConfig OpenConfig()
    {
        EngineConfig config = EngineConfigLoader.LoadDefaults();
        ExecutionConfig e = config.Execution;
        return config with
        {
            Execution = e with
            {
                Risk = e.Risk with { MaxGrossExposure = 1e12, MaxOpenOrders = 100_000, GlobalOrdersPerSecond = 10_000_000, GlobalBurst = 10_000_000, RejectsToTrip = 0 },
                Venues = e.Venues.Select(v => v with { OrdersPerSecond = 1_000_000, Burst = 1_000_000 }).ToList(),
                Instruments = e.Instruments.Select(i => i with { MaxPosition = i.MaxPosition * 1_000, MaxOrderNotional = 1e12, PriceCollarBps = 5_000 }).ToList(),
                Routing = e.Routing with { StaleAfterNs = long.MaxValue / 4 },
            },
            // Every benchmark tick hedges short gamma (buy high, sell low): with the demo's cash the losses would reach
            // the liquidation levels after a few thousand round trips and the policies would stop. A deep account and
            // no weight target keep the measured path the same from the first tick to the last.
            Portfolio = config.Portfolio with { Cash = 1e11, Targets = [] },
            Server = config.Server with { JournalFsync = JournalFsyncPolicy.None },
            Analytics = config.Analytics with { Enabled = false },
        };
    }

    public ServerBench()
    {
        Config = OpenConfig();
        Loop = new DecisionLoop(Config, recordOrders: false);
        InboundEvent[] warm = SyntheticMarket.Generate(Config, 2_000, TimeSpan.FromSeconds(1), seed: 3, volatility: 0.2);
        for (int i = 0; i < warm.Length; i++)
        {
            Loop.Feed(ref warm[i]);
        }

        Now = warm[^1].TimestampNs;
        Btc = new InstrumentId(Config.Portfolio.Find("BTC").Id);
        Template = warm.Last(e => e.Kind == InboundKind.MarketData && e.MarketData.Instrument == Btc && e.MarketData.Venue == Config.Venues[0].Venue);
    }

    public EngineConfig Config { get; }

    public DecisionLoop Loop { get; }

    public InstrumentId Btc { get; }

    public InboundEvent Template { get; }

    public long Now { get; set; }

    public long OrdersSent => Loop.Core.Engine.Metrics.Read(ExecutionCounter.OrdersSent);

    /// <summary>A BTC spot top-of-book event at <paramref name="mid"/>, 50 ms after the previous one.</summary>
    public InboundEvent Tick(double mid)
    {
        Now += 50_000_000;
        InboundEvent e = Template;
        e.TimestampNs = Now;
        ref MarketDataEvent md = ref e.MarketData;
        md.ReceiveTimestampNs = Now;
        long m = (long)Math.Round(mid * 100);
        for (int l = 0; l < MarketDataEvent.MaxLevels; l++)
        {
            md.Bids[l] = new MarketDataLevel(m - (l + 1), md.Bids[l].Size);
            md.Asks[l] = new MarketDataLevel(m + (l + 1), md.Asks[l].Size);
        }

        return e;
    }
}
#endif
