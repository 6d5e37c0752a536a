#if SERVER_BENCHMARKS
using LowLatency.Core.Time;
using LowLatency.Execution.Metrics;
using LowLatency.Fix.Engine;
using LowLatency.Model.MarketData;
using LowLatency.Server.Config;
using LowLatency.Server.Hosting;
using LowLatency.Server.Metrics;
using LowLatency.Server.Pipeline;
using LowLatency.Server.Replay;

namespace LowLatency.Benchmarks.Server;

/// <summary>
/// Tick ingress → order bytes through the real server: a BTC spot tick enters the inbound ring (stamped as a session
/// reader stamps it), passes stage 1 (market-data state) and the decision stage (book, policy, risk, route), the
/// order body goes through the outbound ring to the FIX sender, which hands the NewOrderSingle to a real loopback
/// session (counterparty fills it). Percentiles from the server's own HdrHistogram recorders: tick → handoff to the
/// outbound ring, and tick → bytes written to the socket. Every tick crosses the delta band (alternating prices), one
/// tick per millisecond so the rings are idle between ticks (latency, not queueing). DESIGN: p50 ≤ 2 µs, p99.9 ≤ 20 µs
/// with one colocated core per stage — busy-spin needs that; on a shared 2-core box it measures contention.
/// </summary>
public sealed class ServerLatencyCommand : IPerfCommand
{
    public string Name => "server-latency";

    public string Description => "tick ingress -> order bytes through the real rings and a loopback FIX session, p50/p99/p99.9 [--quick] [--wait Blocking|BusySpin|both]";

    public int Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        int index = Array.IndexOf(args, "--wait");
        string wait = index >= 0 && index + 1 < args.Length ? args[index + 1] : "both";
        int ticks = quick ? 3_000 : 30_000;
        if (Environment.ProcessorCount < 8)
        {
            Console.WriteLine($"note: {Environment.ProcessorCount} cores. Busy-spin needs a core per stage thread (md-state, decision, sender, journal, " +
                              "timer, FIX readers); with fewer it measures contention, not the design. Blocking measures wake-ups.");
        }
        foreach (WaitStrategyKind kind in wait.Equals("both", StringComparison.OrdinalIgnoreCase)
                     ? new[] { WaitStrategyKind.Blocking, WaitStrategyKind.BusySpin }
                     : [Enum.Parse<WaitStrategyKind>(wait, ignoreCase: true)])
        {
            if (Measure(kind, ticks) != 0)
            {
                return 1;
            }
        }

        return 0;
    }

    private static int Measure(WaitStrategyKind kind, int ticks)
    {
        string state = Directory.CreateTempSubdirectory("ll-server-latency-").FullName;
        try
        {
            using var venue = new FillingVenue();
            EngineConfig config = ServerBench.OpenConfig();
            var options = new TradingServerOptions
            {
                StateDirectory = state,
                WaitStrategy = kind,
                VenuePorts = new Dictionary<string, int> { ["VENUE1"] = venue.Port, ["VENUE2"] = venue.Port, ["VENUE3"] = venue.Port },
                FixOptions = new FixEngineOptions { TimerInterval = TimeSpan.FromMilliseconds(5) },
            };
            using var server = TradingServer.Create(config, options);
            server.Start();
            if (!server.WaitForVenues(TimeSpan.FromSeconds(10)))
            {
                Console.Error.WriteLine("the venue sessions did not log on");
                return 1;
            }

            // books for every hedge instrument on every venue, then alternating BTC ticks
            InboundEvent[] books = SyntheticMarket.Generate(config, 1, TimeSpan.FromSeconds(1), seed: 1, volatility: 0.01);
            MarketDataEvent btc = default;
            foreach (InboundEvent e in books)
            {
                if (e.Kind == InboundKind.MarketData)
                {
                    MarketDataEvent md = e.MarketData;
                    md.ReceiveTimestampNs = MonotonicClock.NowNanoseconds();
                    server.PublishMarketData(in md);
                    btc = md.Instrument.Value == config.Portfolio.Find("BTC").Id ? md : btc;
                }
            }

            int warmup = ticks / 3;
            long ordersAtStart = 0;
            long next = MonotonicClock.NowNanoseconds();
            for (int i = 0; i < warmup + ticks; i++)
            {
                if (i == warmup)
                {
                    server.Latency.TickToHandoff.Reset(); // report the measured window only
                    server.Latency.TickToWire.Reset();
                    ordersAtStart = server.ExecutionMetrics.Read(ExecutionCounter.OrdersSent);
                }

                next += 1_000_000;
                while (MonotonicClock.NowNanoseconds() < next)
                {
                    Thread.SpinWait(20);
                }

                long m = (long)Math.Round(((i & 1) == 0 ? ServerBench.TradeUp : ServerBench.QuietMid) * 100);
                for (int l = 0; l < MarketDataEvent.MaxLevels; l++)
                {
                    btc.Bids[l] = new MarketDataLevel(m - (l + 1), btc.Bids[l].Size);
                    btc.Asks[l] = new MarketDataLevel(m + (l + 1), btc.Asks[l].Size);
                }

                btc.ReceiveTimestampNs = MonotonicClock.NowNanoseconds();
                server.PublishMarketData(in btc);
            }

            long orders = server.ExecutionMetrics.Read(ExecutionCounter.OrdersSent) - ordersAtStart;
            server.Stop(TimeSpan.FromSeconds(5));
            Console.WriteLine($"wait strategy {kind}: {ticks:N0} ticks, {orders:N0} orders, fills {server.ExecutionMetrics.Read(ExecutionCounter.Fills):N0}");
            Print("  tick -> order in the outbound ring", server.Latency.TickToHandoff.Summary());
            Print("  tick -> NewOrderSingle bytes to the socket", server.Latency.TickToWire.Summary());
            if (orders < ticks / 2)
            {
                Console.WriteLine($"  note: only {orders:N0} orders for {ticks:N0} band-crossing ticks: the stages fell behind the 1 kHz tick rate");
            }

            return orders > 0 ? 0 : Fail("no orders: the set-up is broken");
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }

    private static void Print(string title, LatencySummary s) =>
        Console.WriteLine($"{title}: {s.Count:N0} samples, p50 {s.P50 / 1000.0:F1} µs, p99 {s.P99 / 1000.0:F1} µs, p99.9 {s.P999 / 1000.0:F1} µs, max {s.Max / 1000.0:F1} µs");

    private static int Fail(string why)
    {
        Console.Error.WriteLine(why);
        return 1;
    }
}
#endif
