using LowLatency.Core.Ids;
using LowLatency.Core.Time;
using LowLatency.Fix.Session;
using LowLatency.Model.Instruments;
using LowLatency.Venue.Config;
using LowLatency.Venue.Liquidity;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Gateway;

/// <summary>
/// Everything one simulated venue's matching thread owns: the matching engine, the synthetic liquidity, the
/// order-entry and market-data publishers and the outbound routing to the venue's FIX sessions. Commands arrive
/// through the <see cref="CommandQueue"/>; <see cref="VenueAgent"/> runs the duty cycle. Single-threaded.
/// </summary>
internal sealed class VenueGateway
{
    private readonly CommandQueue _queue;
    private readonly GatewaySession[] _sessions;
    private readonly bool _cancelOnDisconnect;

    public VenueGateway(VenueConfig config, IReadOnlyList<Instrument> instruments, IReadOnlyList<FixSession> sessions, CommandQueue queue,
        VenueCounters counters, IClock clock, bool liquidity, VenueGatewayOptions options)
    {
        Config = config;
        Counters = counters;
        Clock = clock;
        _queue = queue;
        _cancelOnDisconnect = config.CancelOnDisconnect;
        _sessions = new GatewaySession[sessions.Count];
        for (int i = 0; i < sessions.Count; i++)
        {
            _sessions[i] = new GatewaySession(sessions[i], config.Faults, options.ParkedMessagesPerSession, options.ParkedBytesPerSession);
        }

        Router = new OutboundRouter(_sessions, counters, config.Faults.MessageDelay, config.AddedLatency, options.DelayLineMessages, options.DelayLineBytes, config.ResendMarketData);
        Orders = new OrderEntryPublisher(_sessions.Length, new FeeCalculator(config.Fees), Router, counters, clock);
        MarketData = new MarketDataPublisher(Router, counters);
        Router.MarketData = MarketData;
        Engine = new MatchingEngine<GatewayListener>(instruments, new GatewayListener(Orders, MarketData), config.BuildMatchingOptions());
        Orders.Attach(Engine.Books);
        MarketData.Attach(Engine.Books);
        if (liquidity)
        {
            Liquidity = new LiquiditySimulator<GatewayListener>(Engine, config);
        }
    }

    public VenueConfig Config { get; }

    public VenueCounters Counters { get; }

    public IClock Clock { get; }

    public MatchingEngine<GatewayListener> Engine { get; }

    public LiquiditySimulator<GatewayListener>? Liquidity { get; }

    public OutboundRouter Router { get; }

    public OrderEntryPublisher Orders { get; }

    public MarketDataPublisher MarketData { get; }

    public IReadOnlyList<GatewaySession> Sessions => _sessions;

    /// <summary>Processes up to <paramref name="max"/> queued commands; returns how many.</summary>
    public int DrainCommands(int max)
    {
        int processed = 0;
        while (processed < max && _queue.TryDequeue(out VenueCommand command))
        {
            Process(in command);
            processed++;
            if (_queue.IsEmpty)
            {
                Router.FlushMarketData(); // nothing else waiting: the book change leaves now
            }

            Orders.SendPending();
        }

        return processed;
    }

    /// <summary>One command; its ExecutionReports wait in <see cref="OrderEntryPublisher.SendPending"/> (market data first).</summary>
    public void Process(in VenueCommand command)
    {
        switch (command.Kind)
        {
            case CommandKind.NewOrder:
                OnNewOrder(in command);
                break;
            case CommandKind.Cancel:
                Counters.Increment(VenueCounter.CancelsReceived);
                Engine.Cancel(new CancelRequest(command.Instrument, command.Session, command.ClientOrderId, command.OrigClientOrderId));
                break;
            case CommandKind.Replace:
                Counters.Increment(VenueCounter.ReplacesReceived);
                Engine.Replace(new ReplaceRequest(command.Instrument, command.Session, command.ClientOrderId, command.OrigClientOrderId, command.Side, command.Price, command.Quantity));
                break;
            case CommandKind.OrderStatus:
                Engine.TryGetBook(command.Instrument, out OrderBook? book);
                Orders.OnStatusRequest(in command, book);
                break;
            case CommandKind.MarketData:
                MarketData.OnRequest(in command);
                break;
            case CommandKind.LoggedOn:
                OnLoggedOn(command.Session);
                break;
            case CommandKind.LoggedOut:
                OnLoggedOut(command.Session);
                break;
            case CommandKind.BusinessReject:
                Orders.OnBusinessReject(in command);
                break;
            case CommandKind.Control:
                command.Control?.Execute(this);
                break;
        }
    }

    /// <summary>The book of <paramref name="symbol"/>, for control requests (matching thread).</summary>
    public OrderBook? FindBook(string symbol) =>
        Engine.Symbols.TryGetInstrument(symbol, out InstrumentId id) && Engine.TryGetBook(id, out OrderBook? book) ? book : null;

    private void OnNewOrder(in VenueCommand command)
    {
        Counters.Increment(VenueCounter.OrdersReceived);
        var request = new NewOrderRequest(command.Instrument, command.Session, command.ClientOrderId, command.Side, command.Type, command.TimeInForce, command.Price, command.Quantity);
        if (command.Instrument.Value < 0)
        {
            Orders.UnlistedSymbol = command.RawText;
        }

        if (_sessions[command.Session].Faults.ShouldRejectOrder())
        {
            Counters.Increment(VenueCounter.FaultRejects);
            Engine.Reject(in request, OrderRejectReason.SimulatedFault);
            return;
        }

        Engine.Submit(in request);
    }

    private void OnLoggedOn(int session)
    {
        GatewaySession s = _sessions[session];
        if (!s.LoggedOn)
        {
            s.LoggedOn = true;
            Counters.LoggedOnSessions++;
        }

        Counters.Increment(VenueCounter.Logons);
    }

    private void OnLoggedOut(int session)
    {
        GatewaySession s = _sessions[session];
        if (s.LoggedOn)
        {
            s.LoggedOn = false;
            Counters.LoggedOnSessions--;
        }

        Counters.Increment(VenueCounter.Logouts);
        MarketData.OnLoggedOut(session);
        if (_cancelOnDisconnect)
        {
            Engine.CancelAllForOwner(session); // the cancel reports are parked and delivered at the next logon
        }
    }
}
