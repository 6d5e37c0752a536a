#if SERVER_BENCHMARKS
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Config.Binding;
using LowLatency.Fix.Config.Ini;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Engine;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Session;
using VenueSession = global::LowLatency.Fix.Session.FixSession;

namespace LowLatency.Benchmarks.Server;

/// <summary>
/// The counterparty of the server latency command: acceptor sessions VENUE1..3 on one loopback port that acknowledge
/// and fill every NewOrderSingle at its limit price and confirm every cancel (in-memory stores, no logs), so the
/// engine's orders close and its real FIX sessions carry real traffic both ways.
/// </summary>
internal sealed class FillingVenue : IDisposable
{
    private readonly FixEngine<App> _engine;

    public FillingVenue()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var ini = new StringBuilder();
        ini.Append(CultureInfo.InvariantCulture, $"[DEFAULT]\nConnectionType=acceptor\nBeginString=FIX.4.4\nTargetCompID=LLENGINE\nSocketAcceptAddress=127.0.0.1\nSocketAcceptPort={Port}\nNonStopSession=Y\nPersistMessages=N\n");
        foreach (string v in new[] { "VENUE1", "VENUE2", "VENUE3" })
        {
            ini.Append(CultureInfo.InvariantCulture, $"[SESSION]\nSenderCompID={v}\n");
        }

        var binder = new ConfigBinder(IniDocument.Parse(ini.ToString(), "filling-venue.ini"));
        IReadOnlyList<FixSessionSettings> sessions = FixSessionSettingsBinder.Bind(binder);
        binder.Complete();
        _engine = new FixEngine<App>(sessions, new App(new Counter()), new FixEngineOptions { TimerInterval = TimeSpan.FromMilliseconds(5) });
        _engine.Start();
    }

    public int Port { get; }

    public void Dispose() => _engine.Dispose();

    private sealed class Counter
    {
        public long Ids;
    }

    private readonly struct App(Counter ids) : IFixApplication
    {
        public void OnLogon(VenueSession session)
        {
        }

        public void OnLogout(VenueSession session)
        {
        }

        public void OnMessage(VenueSession session, in FixMessage message)
        {
            Span<byte> id = stackalloc byte[20];
            if (NewOrderSingle.TryRead(in message, out NewOrderSingle order))
            {
                long n = Interlocked.Increment(ref ids.Ids);
                int len = Format(n, id);
                Price px = order.Price ?? default;
                var ack = new ExecutionReport
                {
                    OrderId = id[..len], ClOrdId = order.ClOrdId, ExecId = id[..len], ExecType = '0', OrdStatus = '0', Symbol = order.Symbol, Side = order.Side,
                    OrderQty = order.OrderQty, Price = order.Price, LeavesQty = order.OrderQty, CumQty = new Quantity(0, order.OrderQty.Scale), AvgPx = default,
                };
                session.TrySend(in ack, flush: false);
                id[0] = (byte)'F';
                var fill = new ExecutionReport
                {
                    OrderId = id[1..len], ClOrdId = order.ClOrdId, ExecId = id[..len], ExecType = 'F', OrdStatus = '2', Symbol = order.Symbol, Side = order.Side,
                    OrderQty = order.OrderQty, Price = order.Price, LastQty = order.OrderQty, LastPx = px, LeavesQty = new Quantity(0, order.OrderQty.Scale),
                    CumQty = order.OrderQty, AvgPx = px,
                };
                session.TrySend(in fill);
            }
            else if (OrderCancelRequest.TryRead(in message, out OrderCancelRequest cancel))
            {
                int len = Format(Interlocked.Increment(ref ids.Ids), id);
                var done = new ExecutionReport
                {
                    OrderId = cancel.OrderId.IsEmpty ? "NONE"u8 : cancel.OrderId, ClOrdId = cancel.ClOrdId, OrigClOrdId = cancel.OrigClOrdId, ExecId = id[..len],
                    ExecType = '4', OrdStatus = '4', Symbol = cancel.Symbol, Side = cancel.Side, LeavesQty = default, CumQty = default, AvgPx = default,
                };
                session.TrySend(in done);
            }
        }

        public void OnReject(VenueSession session, in FixMessage reject)
        {
        }

        private static int Format(long n, Span<byte> destination)
        {
            destination[0] = (byte)'X';
            n.TryFormat(destination[1..], out int written, default, CultureInfo.InvariantCulture);
            return written + 1;
        }
    }
}
#endif
