using System.Globalization;
using System.Net;
using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Time;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Config.Sessions;
using LowLatency.Fix.Engine;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Session;
using LowLatency.Testing;
using LowLatency.Testing.Fix;
using LowLatency.Venue.Hosting;

namespace LowLatency.Venue.Tests.Gateway.Support;

/// <summary>
/// A client of a simulated venue: our FIX engine as the initiator over a real loopback socket, recording every
/// application message it receives (decoded on arrival, so tests assert on plain values) and sending orders and
/// market-data requests with the FIX message structs the trading engine uses.
/// </summary>
internal sealed class VenueClient : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly ClientInbox _inbox = new();
    private readonly FixEngine<ClientApplication> _engine;

    private VenueClient(IPEndPoint venue, string clientCompId, string venueCompId, int heartBtInt, IClock clock, bool autoConnect, MessageHandler? onMessage)
    {
        var settings = new FixSessionSettings
        {
            SessionId = new FixSessionId("FIX.4.4", clientCompId, venueCompId),
            ConnectionType = ConnectionType.Initiator,
            SocketConnectHost = "127.0.0.1",
            SocketConnectPort = venue.Port,
            HeartBtInt = heartBtInt,
            ReconnectInterval = TimeSpan.FromMilliseconds(200),
            LogonTimeout = TimeSpan.FromSeconds(5),
        };
        _engine = new FixEngine<ClientApplication>([settings], new ClientApplication(_inbox, onMessage), new FixEngineOptions
        {
            Clock = clock,
            TimerInterval = TimeSpan.FromMilliseconds(5),
            SessionLogFactory = _ => Log,
            MaxReconnectInterval = TimeSpan.FromMilliseconds(500),
        });
        if (autoConnect)
        {
            _engine.Start();
        }
    }

    public FixSession Session => _engine.Sessions[0];

    /// <summary>Everything the client's session logged (messages both ways, events).</summary>
    public RecordingMessageLog Log { get; } = new();

    public ClientInbox Inbox => _inbox;

    /// <summary>Connects and waits for the logon.</summary>
    public static VenueClient Connect(RunningVenue venue, string clientCompId, int heartBtInt = 30, IClock? clock = null, MessageHandler? onMessage = null)
    {
        var client = new VenueClient(venue.EndPoint, clientCompId, venue.SenderCompID, heartBtInt, clock ?? new SystemClock(), autoConnect: true, onMessage);
        if (!Wait.Until(() => client.Session.IsLoggedOn, Timeout))
        {
            client.Dispose();
            throw new TimeoutException($"{clientCompId} could not log on to {venue}");
        }

        return client;
    }

    public FixSendResult SendOrder(string clOrdId, string symbol, char side, string quantity, string? price, char ordType = '2', char timeInForce = '0')
    {
        var order = new NewOrderSingle
        {
            ClOrdId = Ascii(clOrdId),
            Symbol = Ascii(symbol),
            Side = side,
            TransactTimeNanos = new SystemClock().UtcEpochNanoseconds(),
            OrderQty = Quantity.Parse(quantity, Decimals(quantity)),
            OrdType = ordType,
            Price = price is null ? null : Price.Parse(price, Decimals(price)),
            TimeInForce = timeInForce,
        };
        return Session.TrySend(in order);
    }

    public FixSendResult SendCancel(string clOrdId, string origClOrdId, string symbol, char side)
    {
        var cancel = new OrderCancelRequest
        {
            ClOrdId = Ascii(clOrdId),
            OrigClOrdId = Ascii(origClOrdId),
            Symbol = Ascii(symbol),
            Side = side,
            TransactTimeNanos = new SystemClock().UtcEpochNanoseconds(),
        };
        return Session.TrySend(in cancel);
    }

    public FixSendResult SendReplace(string clOrdId, string origClOrdId, string symbol, char side, string quantity, string price)
    {
        var replace = new OrderCancelReplaceRequest
        {
            ClOrdId = Ascii(clOrdId),
            OrigClOrdId = Ascii(origClOrdId),
            Symbol = Ascii(symbol),
            Side = side,
            TransactTimeNanos = new SystemClock().UtcEpochNanoseconds(),
            OrderQty = Quantity.Parse(quantity, Decimals(quantity)),
            OrdType = '2',
            Price = Price.Parse(price, Decimals(price)),
        };
        return Session.TrySend(in replace);
    }

    public FixSendResult SendStatusRequest(string clOrdId, string symbol, char side)
    {
        var status = new OrderStatusRequest { ClOrdId = Ascii(clOrdId), Symbol = Ascii(symbol), Side = side };
        return Session.TrySend(in status);
    }

    public FixSendResult Subscribe(string mdReqId, string symbol, int depth = 0, char requestType = '1', string entryTypes = "012")
    {
        var request = new MarketDataRequest
        {
            MdReqId = Ascii(mdReqId),
            SubscriptionRequestType = requestType,
            MarketDepth = depth,
            MdUpdateType = 1,
            EntryTypes = Ascii(entryTypes),
            Symbol = Ascii(symbol),
        };
        return Session.TrySend(in request);
    }

    /// <summary>The first application message (in arrival order) matching <paramref name="match"/>, waiting for it.</summary>
    public ReceivedMessage WaitFor(Func<ReceivedMessage, bool> match, TimeSpan? timeout = null, string? what = null) =>
        _inbox.WaitFor(match, timeout ?? Timeout) ?? throw new TimeoutException($"no message {what} arrived; received: {_inbox.Describe()}");

    /// <summary>The ExecutionReport for <paramref name="clOrdId"/> with ExecType <paramref name="execType"/>.</summary>
    public ReceivedMessage WaitForReport(string clOrdId, char execType, TimeSpan? timeout = null) =>
        WaitFor(m => m.MsgType == "8" && m[FixTag.ClOrdID] == clOrdId && m[FixTag.ExecType] == execType.ToString(), timeout, $"35=8 11={clOrdId} 150={execType}");

    public void Dispose() => _engine.Dispose();

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static int Decimals(string number) => number.Contains('.', StringComparison.Ordinal) ? number.Length - number.IndexOf('.', StringComparison.Ordinal) - 1 : 0;

    /// <summary>The application callbacks: decode and record.</summary>
    private readonly struct ClientApplication(ClientInbox inbox, MessageHandler? onMessage) : IFixApplication
    {
        public void OnLogon(FixSession session)
        {
        }

        public void OnLogout(FixSession session)
        {
        }

        public void OnMessage(FixSession session, in FixMessage message)
        {
            onMessage?.Invoke(in message);
            inbox.Add(ReceivedMessage.From(in message));
        }

        public void OnReject(FixSession session, in FixMessage reject) => inbox.Add(ReceivedMessage.From(in reject));
    }
}

/// <summary>Sees each application message on the client's reader thread, before it is recorded (decoders that need the view).</summary>
internal delegate void MessageHandler(in FixMessage message);

/// <summary>An application message as plain values: top-level fields by tag, and the entries of its first repeating group.</summary>
internal sealed record ReceivedMessage(string MsgType, int SeqNum, bool PossDup, IReadOnlyDictionary<int, string> Fields, IReadOnlyList<IReadOnlyDictionary<int, string>> Entries)
{
    public string? this[int tag] => Fields.TryGetValue(tag, out string? value) ? value : null;

    public decimal Number(int tag) => decimal.Parse(this[tag] ?? throw new KeyNotFoundException($"tag {tag} not in {this}"), CultureInfo.InvariantCulture);

    public static ReceivedMessage From(in FixMessage message)
    {
        var fields = new Dictionary<int, string>();
        foreach (FixField field in message.Fields)
        {
            if (!field.IsInGroup)
            {
                fields[field.Tag] = Encoding.ASCII.GetString(field.Value);
            }
        }

        var entries = new List<IReadOnlyDictionary<int, string>>();
        if (message.TryGetGroup(FixTag.NoMDEntries, out FixGroup group))
        {
            foreach (FixGroupEntry entry in group)
            {
                var values = new Dictionary<int, string>();
                foreach (FixField field in entry.Fields)
                {
                    values[field.Tag] = Encoding.ASCII.GetString(field.Value);
                }

                entries.Add(values);
            }
        }

        message.TryGetBool(FixTag.PossDupFlag, out bool possDup);
        return new ReceivedMessage(Encoding.ASCII.GetString(message.MsgType), message.MsgSeqNum, possDup, fields, entries);
    }

    public override string ToString() =>
        $"35={MsgType} " + string.Join('|', Fields.Where(f => f.Key is not (8 or 9 or 10 or 49 or 56 or 52)).Select(f => $"{f.Key}={f.Value}")) +
        (Entries.Count > 0 ? $" [{Entries.Count} entries]" : string.Empty);
}

/// <summary>Thread-safe record of received messages with waits (no sleeping: Monitor.Wait with a deadline).</summary>
internal sealed class ClientInbox
{
    private readonly List<ReceivedMessage> _messages = new();

    public IReadOnlyList<ReceivedMessage> Messages
    {
        get
        {
            lock (_messages)
            {
                return _messages.ToArray();
            }
        }
    }

    public void Add(ReceivedMessage message)
    {
        lock (_messages)
        {
            _messages.Add(message);
            Monitor.PulseAll(_messages);
        }
    }

    public ReceivedMessage? WaitFor(Func<ReceivedMessage, bool> match, TimeSpan timeout)
    {
        long deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        lock (_messages)
        {
            while (true)
            {
                ReceivedMessage? found = _messages.Find(m => match(m));
                if (found is not null)
                {
                    return found;
                }

                long left = deadline - Environment.TickCount64;
                if (left <= 0 || !Monitor.Wait(_messages, TimeSpan.FromMilliseconds(left)) && Environment.TickCount64 >= deadline)
                {
                    return _messages.Find(m => match(m));
                }
            }
        }
    }

    public string Describe()
    {
        IReadOnlyList<ReceivedMessage> messages = Messages;
        return messages.Count == 0 ? "nothing" : string.Join(Environment.NewLine, messages.TakeLast(12));
    }
}
