using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using HdrHistogram;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Time;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Engine;
using LowLatency.Fix.Log;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Session;
using Session = LowLatency.Fix.Session.FixSession;

namespace LowLatency.Benchmarks.FixSession;

/// <summary>
/// Whole-stack latency percentiles over real loopback TCP between two engines in this process: the time inside
/// <c>TrySend</c> (encode, store, non-blocking send(2)), and an order's round trip to a venue session that fills it
/// (our send, loopback, the venue's reader thread, parse, validate, fill, its send, our reader thread, parse).
/// <c>--spin</c> keeps the reader threads busy-polling (<see cref="FixEngineOptions.ReceiveSpinCount"/>), as on dedicated
/// cores: then send(2) no longer pays for waking the peer's parked reader. The raw send(2) row is the floor.
/// <c>dotnet run -c Release --project perf/LowLatency.Benchmarks -- fix-session-latency [--quick] [--spin]</c>
/// </summary>
public sealed class FixSessionLatencyCommand : IPerfCommand
{
    private const int PaceSpins = 20;

    // Nanoseconds up to 10 s: a descheduled spinning thread on a shared 2-core box can stall for longer than 10 ms.
    private const long HighestNanos = 10_000_000_000;

    public string Name => "fix-session-latency";

    public string Description => "FIX session TrySend and order->fill round trip over loopback, percentiles (HdrHistogram) [--quick] [--spin]";

    public int Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        int warmup = quick ? 5_000 : 20_000;
        int count = quick ? 20_000 : 200_000;
        int port = FreePort();
        var signal = new FillSignal();
        int receiveSpin = args.Contains("--spin") ? 1_000_000 : 0;
        var options = new FixEngineOptions
        {
            SessionLogFactory = _ => NullMessageLog.Instance, EngineLog = NullMessageLog.Instance, ReceiveSpinCount = receiveSpin,
        };
        using var venue = new FixEngine<VenueApplication>([Settings(ConnectionType.Acceptor, port, "VENUE1", "ENGINE")], default, options);
        using var trader = new FixEngine<TraderApplication>([Settings(ConnectionType.Initiator, port, "ENGINE", "VENUE1")], new TraderApplication(signal), options);
        venue.Start();
        trader.Start();
        Session session = trader.Sessions[0];
        var deadline = Stopwatch.StartNew();
        while (!session.IsLoggedOn)
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(10))
            {
                Console.WriteLine("no logon within 10 s");
                return 1;
            }

            Thread.Yield();
        }

        var send = new LongHistogram(HighestNanos, 3);
        var roundTrip = new LongHistogram(HighestNanos, 3);
        var encode = new LongHistogram(HighestNanos, 3);
        var clock = new SystemClock();
        for (int i = 0; i < warmup + count; i++)
        {
            signal.Reset();
            long start = Stopwatch.GetTimestamp();
            var order = new NewOrderSingle
            {
                ClOrdId = "RTT-ORDER-1"u8, Symbol = "BTC-PERP"u8, Side = '1', TransactTimeNanos = clock.UtcEpochNanoseconds(),
                OrderQty = new Quantity(25, 1), OrdType = '2', Price = new Price(4325050, 2), TimeInForce = '3',
            };
            if (session.TrySend(in order, flush: false) != FixSendResult.Sent)
            {
                Console.WriteLine("send refused");
                return 1;
            }

            long encoded = Stopwatch.GetTimestamp();
            session.Flush();
            long sent = Stopwatch.GetTimestamp();
            var spin = new SpinWait();
            while (signal.FillTimestamp == 0)
            {
                spin.SpinOnce(sleep1Threshold: -1);
            }

            if (i >= warmup)
            {
                send.RecordValue(Nanos(sent - start));
                encode.RecordValue(Nanos(encoded - start));
                roundTrip.RecordValue(Nanos(signal.FillTimestamp - start));
            }
        }

        Console.WriteLine($"{count:N0} orders after {warmup:N0} warm-up; nanoseconds; loopback TCP, memory stores, no logs; shared machine, noisy");
        Console.WriteLine($"{"case",-40} {"p50",8} {"p90",8} {"p99",8} {"p99.9",8} {"max",10}");
        Print("TrySend + Flush (encode, store, send(2))", send);
        Print("order -> fill round trip", roundTrip);
        Print("  of which TrySend(flush: false)", encode);
        Print("baseline: raw send(2) of 200 B, loopback", RawSend(warmup, count));
        LongHistogram floor = RawPingPong(warmup, count, RequestBytes, ReplyBytes, spin: receiveSpin > 0);
        Print($"floor: raw ping-pong {RequestBytes} B / {ReplyBytes} B", floor);
        double ratio = (double)roundTrip.GetValueAtPercentile(50) / floor.GetValueAtPercentile(50);
        double ratio99 = (double)roundTrip.GetValueAtPercentile(99) / floor.GetValueAtPercentile(99);
        Console.WriteLine($"order -> fill round trip / raw floor: p50 {ratio:F2}x, p99 {ratio99:F2}x (target <= 1.5x)");
        return 0;
    }

    // Wire sizes of the round trip's two messages (the NewOrderSingle above, the venue's fill ExecutionReport).
    private const int RequestBytes = 190;
    private const int ReplyBytes = 260;

    /// <summary>
    /// The floor under the order → fill round trip (the issue's "raw-socket ping-pong of the same size"): the same
    /// bytes each way over loopback TCP, a reader thread on each side answering as soon as a whole message is in — no
    /// FIX, no framing, no store. <paramref name="spin"/> polls non-blocking sockets like <c>--spin</c>'s readers.
    /// </summary>
    private static LongHistogram RawPingPong(int warmup, int count, int requestBytes, int replyBytes, bool spin)
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.Connect(listener.LocalEndPoint!);
        using Socket server = listener.Accept();
        server.NoDelay = true;
        int total = warmup + count;
        var echo = new Thread(() =>
        {
            var request = new byte[requestBytes];
            var reply = new byte[replyBytes];
            for (int i = 0; i < total; i++)
            {
                if (!ReceiveExactly(server, request, spin))
                {
                    return;
                }

                server.Send(reply);
            }
        }) { IsBackground = true, Name = "raw-echo" };
        echo.Start();
        var message = new byte[requestBytes];
        var answer = new byte[replyBytes];
        var histogram = new LongHistogram(HighestNanos, 3);
        for (int i = 0; i < total; i++)
        {
            long start = Stopwatch.GetTimestamp();
            client.Send(message);
            ReceiveExactly(client, answer, spin);
            long elapsed = Stopwatch.GetTimestamp() - start;
            if (i >= warmup)
            {
                histogram.RecordValue(Nanos(elapsed));
            }
        }

        echo.Join(TimeSpan.FromSeconds(5));
        return histogram;
    }

    private static bool ReceiveExactly(Socket socket, byte[] buffer, bool spin)
    {
        int read = 0;
        while (read < buffer.Length)
        {
            if (spin && socket.Available == 0)
            {
                Thread.SpinWait(20);
                continue;
            }

            int n = socket.Receive(buffer, read, buffer.Length - read, SocketFlags.None);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }

    /// <summary>The floor under TrySend: a bare non-blocking send of a message-sized buffer to a thread that drains it.</summary>
    private static LongHistogram RawSend(int warmup, int count)
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.Connect(listener.LocalEndPoint!);
        using Socket server = listener.Accept();
        var drain = new Thread(() =>
        {
            var buffer = new byte[65536];
            while (server.Receive(buffer) > 0)
            {
            }
        }) { IsBackground = true };
        drain.Start();
        client.Blocking = false;
        var message = new byte[200];
        var histogram = new LongHistogram(HighestNanos, 3);
        for (int i = 0; i < warmup + count; i++)
        {
            long start = Stopwatch.GetTimestamp();
            client.Send(message, SocketFlags.None, out SocketError _);
            long elapsed = Stopwatch.GetTimestamp() - start;
            if (i >= warmup)
            {
                histogram.RecordValue(Nanos(elapsed));
            }

            var spin = new SpinWait();
            for (int s = 0; s < PaceSpins; s++)
            {
                spin.SpinOnce(sleep1Threshold: -1); // pace like the round trip does, so the reader is parked again
            }
        }

        client.Shutdown(SocketShutdown.Both);
        drain.Join(TimeSpan.FromSeconds(5));
        return histogram;
    }

    private static FixSessionSettings Settings(ConnectionType type, int port, string sender, string target) => new()
    {
        SessionId = new FixSessionId("FIX.4.4", sender, target),
        ConnectionType = type,
        SocketAcceptPort = type == ConnectionType.Acceptor ? port : 0,
        SocketAcceptAddress = IPAddress.Loopback,
        SocketConnectHost = type == ConnectionType.Initiator ? "127.0.0.1" : null,
        SocketConnectPort = type == ConnectionType.Initiator ? port : 0,
        HeartBtInt = 30,
        ReconnectInterval = TimeSpan.FromSeconds(1),
    };

    private static long Nanos(long ticks) => Math.Clamp((long)(ticks * (1e9 / Stopwatch.Frequency)), 1, HighestNanos);

    private static int FreePort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    private static void Print(string name, LongHistogram h) =>
        Console.WriteLine($"{name,-40} {h.GetValueAtPercentile(50),8} {h.GetValueAtPercentile(90),8} {h.GetValueAtPercentile(99),8} " +
                          $"{h.GetValueAtPercentile(99.9),8} {h.GetMaxValue(),10}");
}
