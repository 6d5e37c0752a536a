using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Config.Binding;
using LowLatency.Fix.Config.Ini;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Engine;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Session;
using LowLatency.Testing.Net;

namespace LowLatency.Server.Tests.Support;

/// <summary>
/// A minimal FIX counterparty for the server's tests (the real simulated venues live in LowLatency.Venue and are
/// exercised by the integration tests): acceptor sessions VENUE1..3 on one loopback port, a quote per symbol
/// answered to 35=V with a 35=W snapshot (and re-sent on <see cref="SetMid"/>), every NewOrderSingle acknowledged
/// and filled in full at its limit price, every cancel confirmed. It records what it filled.
/// </summary>
public sealed class SimpleVenue : IDisposable
{
    private readonly FixEngine<App> _engine;
    private readonly State _state;

    public SimpleVenue(string directory, IReadOnlyDictionary<string, (double Mid, double Spread, int Scale)> quotes, params string[] venues)
    {
        Port = FreePort.Next();
        var ini = new StringBuilder();
        ini.Append(CultureInfo.InvariantCulture, $"[DEFAULT]\nConnectionType=acceptor\nBeginString=FIX.4.4\nTargetCompID=LLENGINE\nSocketAcceptAddress=127.0.0.1\nSocketAcceptPort={Port}\nFileStorePath={Path.Combine(directory, "venue-store")}\nResetOnLogon=N\nNonStopSession=Y\n");
        foreach (string v in venues.Length == 0 ? ["VENUE1", "VENUE2", "VENUE3"] : venues)
        {
            ini.Append(CultureInfo.InvariantCulture, $"[SESSION]\nSenderCompID={v}\n");
        }

        var binder = new ConfigBinder(IniDocument.Parse(ini.ToString(), "simple-venue.ini"));
        IReadOnlyList<FixSessionSettings> sessions = FixSessionSettingsBinder.Bind(binder);
        binder.Complete();
        _state = new State(quotes);
        _engine = new FixEngine<App>(sessions, new App(_state), new FixEngineOptions { TimerInterval = TimeSpan.FromMilliseconds(5) });
        _engine.Start();
    }

    public int Port { get; }

    /// <summary>Signed filled quantity per symbol (buys positive).</summary>
    public double Filled(string symbol) => _state.Filled.GetValueOrDefault(symbol);

    public int Orders => Volatile.Read(ref _state.Orders);

    /// <summary>When set, new orders are rejected (35=8 ExecType=8) instead of filled.</summary>
    public bool RejectOrders
    {
        get => _state.Reject;
        set => _state.Reject = value;
    }

    public FixSession? Session(string venue) => _engine.FindByTarget("LLENGINE") is null ? null : _engine.Sessions.FirstOrDefault(s => s.Id.SenderCompID == venue);

    /// <summary>Moves a symbol's quote and sends the new snapshot to every session that subscribed it.</summary>
    public void SetMid(string symbol, double mid)
    {
        (double _, double spread, int scale) = _state.Quotes[symbol];
        _state.Quotes[symbol] = (mid, spread, scale);
        foreach (FixSession s in _engine.Sessions)
        {
            if (_state.Subscribed.ContainsKey((s.Index, symbol)))
            {
                State.SendSnapshot(s, symbol, _state);
            }
        }
    }

    /// <summary>Drops a venue's connection without a Logout (the engine must trip and reconnect).</summary>
    public void Disconnect(string venue) => _engine.Sessions.First(s => s.Id.SenderCompID == venue).Disconnect();

    public void Dispose() => _engine.Dispose();

    private sealed class State(IReadOnlyDictionary<string, (double Mid, double Spread, int Scale)> quotes)
    {
        public readonly ConcurrentDictionary<string, (double Mid, double Spread, int Scale)> Quotes = new(quotes);
        public readonly ConcurrentDictionary<(int, string), byte> Subscribed = new();
        public readonly ConcurrentDictionary<string, double> Filled = new();
        public int Orders;
        public long Ids;
        public volatile bool Reject;

        public static void SendSnapshot(FixSession session, string symbol, State state)
        {
            (double mid, double spread, int scale) = state.Quotes[symbol];
            MarketDataEntry[] entries =
            [
                new() { UpdateAction = '0', EntryType = '0', Price = Price.FromDouble(mid - (spread / 2), scale), Size = new Quantity(1_000_000, 0) },
                new() { UpdateAction = '0', EntryType = '1', Price = Price.FromDouble(mid + (spread / 2), scale), Size = new Quantity(1_000_000, 0) },
            ];
            byte[] sym = Encoding.ASCII.GetBytes(symbol);
            var w = new MarketDataSnapshotFullRefresh { MdReqId = "MD"u8, Symbol = sym, Entries = entries };
            session.TrySend(in w);
        }
    }

    private readonly struct App(State state) : IFixApplication
    {
        public void OnLogon(FixSession session)
        {
        }

        public void OnLogout(FixSession session)
        {
        }

        public void OnMessage(FixSession session, in FixMessage message)
        {
            Span<byte> types = stackalloc byte[8];
            if (MarketDataRequest.TryRead(in message, types, out MarketDataRequest request))
            {
                string symbol = Encoding.ASCII.GetString(request.Symbol);
                if (state.Quotes.ContainsKey(symbol))
                {
                    state.Subscribed[(session.Index, symbol)] = 1;
                    State.SendSnapshot(session, symbol, state);
                }

                return;
            }

            if (NewOrderSingle.TryRead(in message, out NewOrderSingle order))
            {
                Interlocked.Increment(ref state.Orders);
                OnOrder(session, in order);
                return;
            }

            if (OrderCancelRequest.TryRead(in message, out OrderCancelRequest cancel))
            {
                byte[] exec = Encoding.ASCII.GetBytes("X" + Interlocked.Increment(ref state.Ids));
                var er = new ExecutionReport
                {
                    OrderId = cancel.OrderId.IsEmpty ? "NONE"u8 : cancel.OrderId, ClOrdId = cancel.ClOrdId, OrigClOrdId = cancel.OrigClOrdId, ExecId = exec,
                    ExecType = '4', OrdStatus = '4', Symbol = cancel.Symbol, Side = cancel.Side, LeavesQty = default, CumQty = default, AvgPx = default,
                };
                session.TrySend(in er);
            }
        }

        public void OnReject(FixSession session, in FixMessage reject)
        {
        }

        private void OnOrder(FixSession session, in NewOrderSingle order)
        {
            long id = Interlocked.Increment(ref state.Ids);
            byte[] orderId = Encoding.ASCII.GetBytes("O" + id);
            Price px = order.Price ?? default;
            if (state.Reject)
            {
                var rejected = new ExecutionReport
                {
                    OrderId = orderId, ClOrdId = order.ClOrdId, ExecId = Encoding.ASCII.GetBytes("R" + id), ExecType = '8', OrdStatus = '8', OrdRejReason = 99,
                    Symbol = order.Symbol, Side = order.Side, OrderQty = order.OrderQty, LeavesQty = default, CumQty = default, AvgPx = default, Text = "rejected by test"u8,
                };
                session.TrySend(in rejected);
                return;
            }

            var ack = new ExecutionReport
            {
                OrderId = orderId, ClOrdId = order.ClOrdId, ExecId = Encoding.ASCII.GetBytes("A" + id), ExecType = '0', OrdStatus = '0',
                Symbol = order.Symbol, Side = order.Side, OrderQty = order.OrderQty, Price = order.Price, LeavesQty = order.OrderQty, CumQty = new Quantity(0, order.OrderQty.Scale), AvgPx = default,
            };
            session.TrySend(in ack, flush: false);
            var fill = new ExecutionReport
            {
                OrderId = orderId, ClOrdId = order.ClOrdId, ExecId = Encoding.ASCII.GetBytes("F" + id), ExecType = 'F', OrdStatus = '2',
                Symbol = order.Symbol, Side = order.Side, OrderQty = order.OrderQty, Price = order.Price, LastQty = order.OrderQty, LastPx = px,
                LeavesQty = new Quantity(0, order.OrderQty.Scale), CumQty = order.OrderQty, AvgPx = px,
            };
            session.TrySend(in fill);
            string symbol = Encoding.ASCII.GetString(order.Symbol);
            double q = order.OrderQty.ToDouble() * (order.Side == '1' ? 1 : -1);
            state.Filled.AddOrUpdate(symbol, q, (_, old) => old + q);
        }
    }
}
