using LowLatency.Core.Ids;
using LowLatency.Core.Time;
using LowLatency.Execution.Gateways;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Session;
using LowLatency.Ring;
using LowLatency.Server.Metrics;

namespace LowLatency.Server.Pipeline;

/// <summary>
/// One venue session's inbound side, run on that session's reader thread (callbacks of one session never overlap):
/// FIX reports and market data are mapped by the Execution mappers straight into a claimed inbound ring slot (zero
/// copy, zero allocation); logon subscribes the venue's market data and tells the decision stage; logout tells it too.
/// </summary>
public sealed class VenueGateway
{
    private readonly RingBuffer<InboundEvent> _inbound;
    private readonly FixOrderReportMapper _reports;
    private readonly MarketDataMapper _marketData;
    private readonly InstrumentId[] _subscriptions;
    private readonly ServerCounters _counters;
    private int _subscribed;

    public VenueGateway(int venueIndex, VenueId venue, RingBuffer<InboundEvent> inbound, FixOrderReportMapper reports, MarketDataMapper marketData,
        IReadOnlyList<InstrumentId> subscriptions, ServerCounters counters)
    {
        VenueIndex = venueIndex;
        Venue = venue;
        _inbound = inbound;
        _reports = reports;
        _marketData = marketData;
        _subscriptions = [.. subscriptions];
        _counters = counters;
    }

    public int VenueIndex { get; }

    public VenueId Venue { get; }

    /// <summary>Market-data subscriptions sent at the last logon.</summary>
    public int Subscribed => Volatile.Read(ref _subscribed);

    public void OnLogon(FixSession session)
    {
        _marketData.Reset();
        var sink = new DirectSessionSink(session);
        int sent = 0;
        foreach (InstrumentId id in _subscriptions)
        {
            sent += _marketData.TrySubscribe(ref sink, id) ? 1 : 0;
        }

        Volatile.Write(ref _subscribed, sent);
        Publish(InboundKind.VenueUp);
    }

    public void OnLogout()
    {
        _marketData.Reset();
        Publish(InboundKind.VenueDown);
    }

    /// <summary>An application message from the venue (validated, in sequence order).</summary>
    public void OnMessage(in FixMessage message)
    {
        ReadOnlySpan<byte> type = message.MsgType;
        if (type.Length != 1)
        {
            return;
        }

        byte t = type[0];
        bool report = t is (byte)'8' or (byte)'9' or (byte)'j';
        if (!report && t is not ((byte)'W' or (byte)'X' or (byte)'Y'))
        {
            return; // not for the engine (e.g. news, trading session status)
        }

        long receiveNs = MonotonicClock.NowNanoseconds();
        long sequence = _inbound.Next();
        ref InboundEvent e = ref _inbound[sequence];
        e.TimestampNs = receiveNs;
        e.VenueIndex = VenueIndex;
        e.Kind = report
            ? (_reports.TryMap(in message, Venue, receiveNs, out e.Report) == ReportMapResult.Mapped ? InboundKind.Report : InboundKind.None)
            : (_marketData.TryMap(in message, receiveNs, ref e.MarketData) == MarketDataMapResult.Mapped ? InboundKind.MarketData : InboundKind.None);
        _inbound.Publish(sequence);
        if (e.Kind == InboundKind.None)
        {
            _counters.IncrementShared(ServerCounter.InboundUnmapped);
        }
    }

    private void Publish(InboundKind kind)
    {
        long sequence = _inbound.Next();
        ref InboundEvent e = ref _inbound[sequence];
        e.Kind = kind;
        e.VenueIndex = VenueIndex;
        e.TimestampNs = MonotonicClock.NowNanoseconds();
        _inbound.Publish(sequence);
    }
}
