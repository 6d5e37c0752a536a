using System.Diagnostics;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Time;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Engine;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Session;
using LowLatency.Venue.Config;
using LowLatency.Venue.Hosting;

namespace LowLatency.Benchmarks.Venue;

/// <summary>
/// Orders per second through a venue end to end over loopback TCP: two FIX clients (our engine as initiator, on their
/// own threads) keep a window of orders in flight — one sends sells, the other buys at the same price — and the
/// venue (its own matching thread, file stores) acknowledges and fills them. Counts orders whose final report
/// arrived. On a shared 2-core box the clients, the venue and the kernel compete for the same cores.
/// </summary>
public sealed class VenueFixThroughputCommand : IPerfCommand
{
    private const int Window = 256;

    public string Name => "venue-fix-throughput";

    public string Description => "orders/s end to end through the FIX venue over loopback TCP [--quick] [--seconds N] [--busy-spin]";

    public int Run(string[] args)
    {
        int at = Array.IndexOf(args, "--seconds");
        double seconds = at >= 0 && at + 1 < args.Length && double.TryParse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture, out double s) ? s : args.Contains("--quick") ? 3 : 10;
        DirectoryInfo stores = Directory.CreateTempSubdirectory("venue-tput-");
        var config = new VenueConfig
        {
            Name = "TPUT",
            Instruments = [new VenueInstrumentConfig { Symbol = "BENCH", TickSize = new Price(1, 2), LotSize = new Quantity(1, 0), PriceScale = 2, StartingPrice = new Price(10_000, 2) }],
            Liquidity = new LiquidityConfig { Enabled = false },
        };
        var options = new VenueHostOptions
        {
            PortOverride = 0,
            StorePath = stores.FullName,
            IdleStrategy = args.Contains("--busy-spin") ? VenueIdleStrategy.BusySpin : VenueIdleStrategy.Backoff,
        };
        try
        {
            using VenueHost host = VenueHost.Start([SimulatedVenueDefinition.Create(config, "TPUT", ["SELLER", "BUYER"])], options);
            var counters = new Counters();
            using FixEngine<CountingApplication> clients = Clients(host.Venues[0].EndPoint.Port, counters);
            clients.Start();
            var wait = Stopwatch.StartNew();
            while (!clients.Sessions.All(x => x.IsLoggedOn))
            {
                if (wait.Elapsed > TimeSpan.FromSeconds(10))
                {
                    throw new TimeoutException("the clients could not log on");
                }

                Thread.Yield();
            }

            Run(clients, counters, TimeSpan.FromSeconds(1)); // warm-up: JIT, buffers
            var (orders, elapsed) = Run(clients, counters, TimeSpan.FromSeconds(seconds));
            Console.WriteLine($"orders through the FIX venue over loopback ({options.IdleStrategy}): {orders:N0} in {elapsed.TotalSeconds:F1} s = {orders / elapsed.TotalSeconds:N0} orders/s");
            Console.WriteLine($"  venue: {host.Venues[0].Stats}");
        }
        finally
        {
            stores.Delete(recursive: true);
        }

        return 0;
    }

    /// <summary>Sends sell/buy pairs keeping at most <see cref="Window"/> orders unanswered; returns orders completed.</summary>
    private static (long Orders, TimeSpan Elapsed) Run(FixEngine<CountingApplication> clients, Counters counters, TimeSpan duration)
    {
        global::LowLatency.Fix.Session.FixSession seller = clients.Sessions[0];
        global::LowLatency.Fix.Session.FixSession buyer = clients.Sessions[1];
        long doneBefore = Interlocked.Read(ref counters.Done);
        long sentBefore = counters.Sent;
        var clock = Stopwatch.StartNew();
        Span<byte> id = stackalloc byte[20];
        while (clock.Elapsed < duration)
        {
            if (counters.Sent - Interlocked.Read(ref counters.Done) >= Window)
            {
                Thread.Yield();
                continue;
            }

            long n = ++counters.Next;
            int length = global::LowLatency.Fix.Codec.Values.FixNumber.Write(n, id);
            var sell = new NewOrderSingle
            {
                ClOrdId = id[..length], Symbol = "BENCH"u8, Side = '2', TransactTimeNanos = new SystemClock().UtcEpochNanoseconds(),
                OrderQty = new Quantity(1, 0), OrdType = '2', Price = new Price(10_000, 2), TimeInForce = '1',
            };
            var buy = sell with { Side = '1' }; // both rest until the other side arrives: every order ends filled
            if (seller.TrySend(in sell) == FixSendResult.Sent && buyer.TrySend(in buy) == FixSendResult.Sent)
            {
                counters.Sent += 2;
            }
        }

        while (Interlocked.Read(ref counters.Done) < counters.Sent && clock.Elapsed < duration + TimeSpan.FromSeconds(10))
        {
            Thread.Yield();
        }

        return (Interlocked.Read(ref counters.Done) - doneBefore, clock.Elapsed);
    }

    private static FixEngine<CountingApplication> Clients(int port, Counters counters) => new(
        new[] { "SELLER", "BUYER" }.Select(c => new FixSessionSettings
        {
            SessionId = new FixSessionId("FIX.4.4", c, "TPUT"),
            ConnectionType = ConnectionType.Initiator,
            SocketConnectHost = "127.0.0.1",
            SocketConnectPort = port,
            HeartBtInt = 30,
            PersistMessages = false, // the clients never resend: keep their stores from growing
        }).ToArray(),
        new CountingApplication(counters));

    private sealed class Counters
    {
        public long Next;
        public long Sent;
        public long Done;
    }

    /// <summary>Counts orders whose last report arrived: a fill that completes it (39=2) or a cancel.</summary>
    private readonly struct CountingApplication(Counters counters) : IFixApplication
    {
        public void OnLogon(global::LowLatency.Fix.Session.FixSession session)
        {
        }

        public void OnLogout(global::LowLatency.Fix.Session.FixSession session)
        {
        }

        public void OnMessage(global::LowLatency.Fix.Session.FixSession session, in FixMessage message)
        {
            if (message.TryGetChar(FixTag.OrdStatus, out char status) && status is '2' or '4' or '8')
            {
                Interlocked.Increment(ref counters.Done);
            }
        }

        public void OnReject(global::LowLatency.Fix.Session.FixSession session, in FixMessage reject)
        {
        }
    }
}
