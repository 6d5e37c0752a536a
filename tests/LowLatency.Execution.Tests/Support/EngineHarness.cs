using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Execution.Config;
using LowLatency.Execution.Engine;
using LowLatency.Execution.Gateways;
using LowLatency.Execution.Orders;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Values;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Messages.Application;
using LowLatency.Fix.Messages.Values;
using LowLatency.Model.Intents;
using LowLatency.Model.MarketData;
using LowLatency.Model.Orders;
using LowLatency.Testing;

namespace LowLatency.Execution.Tests.Support;

/// <summary>
/// An engine wired to a recording sink and listener plus a scripted venue: market data and execution reports are
/// encoded with the real FixMessageEncoder, parsed with the real FixParser and mapped by the engine's gateways, so
/// every test goes through the same bytes a venue would send.
/// </summary>
internal sealed class EngineHarness
{
    private readonly Dictionary<int, MarketDataMapper> _md = [];
    private readonly Dictionary<int, FixMessageEncoder> _venueEncoders = [];
    private readonly FixParser _parser = new();
    private readonly byte[] _buffer = new byte[8192];
    private int _seq;
    private int _execId;

    public EngineHarness(ExecutionConfig? config = null, bool connect = true)
    {
        Clock = new FakeClock();
        Wire = new WireLog();
        Events = new ListenerLog();
        Engine = new ExecutionEngine<RecordingSink, RecordingListener>(config ?? TestSetup.Config(), new RecordingSink(Wire), new RecordingListener(Events), Clock);
        if (connect)
        {
            foreach (VenueSettings v in Engine.Config.Venues)
            {
                Engine.OnVenueConnected(v.Venue, Now);
            }
        }
    }

    public FakeClock Clock { get; }

    public WireLog Wire { get; }

    public ListenerLog Events { get; }

    public ExecutionEngine<RecordingSink, RecordingListener> Engine { get; }

    public long Now => Clock.MonotonicNanoseconds();

    public void Advance(long nanoseconds) => Clock.AdvanceNanoseconds(nanoseconds);

    public MarketDataMapper Mapper(VenueId venue)
    {
        if (!_md.TryGetValue(venue.Value, out MarketDataMapper? mapper))
        {
            mapper = Engine.CreateMarketDataMapper(venue);
            _md[venue.Value] = mapper;
        }

        return mapper;
    }

    /// <summary>A full-refresh snapshot from <paramref name="venue"/>: bids and asks as ("price", "size"), best first.</summary>
    public MarketDataMapResult Book(VenueId venue, InstrumentId instrument, (string Price, string Size)[] bids, (string Price, string Size)[] asks)
    {
        var entries = new MarketDataEntry[bids.Length + asks.Length];
        int n = 0;
        foreach ((string px, string size) in bids)
        {
            entries[n++] = new MarketDataEntry { EntryType = FixMDEntryType.Bid, Price = ParsePrice(px), Size = ParseQuantity(size) };
        }

        foreach ((string px, string size) in asks)
        {
            entries[n++] = new MarketDataEntry { EntryType = FixMDEntryType.Offer, Price = ParsePrice(px), Size = ParseQuantity(size) };
        }

        var body = new MarketDataSnapshotFullRefresh { MdReqId = "MD1"u8, Symbol = SymbolOf(instrument), Entries = entries };
        return DeliverMarketData(venue, Encode(venue, in body));
    }

    /// <summary>An incremental refresh whose entries all carry <paramref name="instrument"/>'s symbol.</summary>
    public MarketDataMapResult Incremental(VenueId venue, InstrumentId instrument, params MarketDataEntry[] entries)
    {
        var body = new MarketDataIncrementalRefresh { MdReqId = "MD1"u8, Symbol = SymbolOf(instrument), Entries = entries };
        return DeliverMarketData(venue, Encode(venue, in body));
    }

    public MarketDataMapResult DeliverMarketData(VenueId venue, byte[] frame)
    {
        Assert.True(_parser.TryParse(frame, out FixMessage message));
        var slot = default(MarketDataEvent);
        MarketDataMapResult result = Mapper(venue).TryMap(in message, Now, ref slot);
        if (result == MarketDataMapResult.Mapped)
        {
            Engine.OnMarketData(in slot, Now);
        }

        return result;
    }

    /// <summary>Two-sided book with one level per side on the venue.</summary>
    public void Quote(VenueId venue, InstrumentId instrument, string bid, string bidSize, string ask, string askSize) =>
        Assert.Equal(MarketDataMapResult.Mapped, Book(venue, instrument, [(bid, bidSize)], [(ask, askSize)]));

    public IntentResult Intent(InstrumentId instrument, Side side, string quantity, ExecutionUrgency urgency, string? limit = null, long decisionNs = 0)
    {
        var info = Engine.Instruments[Index(instrument)];
        var intent = new HedgeIntent
        {
            Instrument = instrument,
            Side = side,
            Quantity = Quantity.Parse(quantity, info.QuantityScale),
            Urgency = urgency,
            LimitPrice = limit is null ? default : Price.Parse(limit, info.PriceScale),
            Reason = RebalanceReason.DeltaBand,
            PolicyId = 7,
            DecisionTimestampNs = decisionNs,
        };
        return Engine.OnHedgeIntent(in intent, Now);
    }

    public int Index(InstrumentId instrument)
    {
        Assert.True(Engine.Instruments.TryGetIndex(instrument, out int index));
        return index;
    }

    /// <summary>The numeric id behind a wire ClOrdID.</summary>
    public long IdOf(string clOrdId) => long.Parse(clOrdId.AsSpan(Engine.Config.Orders.ClOrdIdPrefix.Length), System.Globalization.CultureInfo.InvariantCulture);

    public OrderView Order(SentMessage message)
    {
        Assert.True(Engine.TryGetOrder(IdOf(message.ClOrdId), out OrderView view));
        return view;
    }

    // ---- the scripted venue: execution reports ----
    public ReportOutcome Ack(SentMessage nos) =>
        Report(nos, FixExecType.New, FixOrdStatus.New, cum: "0", leaves: nos.OrderQty!.Value.ToString());

    public ReportOutcome Fill(SentMessage nos, string lastQty, string lastPx, string cum, string? commission = null, int liquidity = 2,
        bool possDup = false, string? execId = null, char? status = null, string? clOrdId = null)
    {
        Quantity cumQty = Quantity.Parse(cum, nos.OrderQty!.Value.Scale);
        Quantity leaves = nos.OrderQty.Value - cumQty;
        char ordStatus = status ?? (leaves.IsZero || leaves.IsNegative ? FixOrdStatus.Filled : FixOrdStatus.PartiallyFilled);
        return Report(nos, FixExecType.Trade, ordStatus, cum, (leaves.IsNegative ? new Quantity(0, leaves.Scale) : leaves).ToString(),
            lastQty, lastPx, commission, liquidity, possDup, execId, clOrdId: clOrdId);
    }

    /// <summary>Canceled on request (<paramref name="request"/> is the 35=F) or unsolicited (pass the 35=D).</summary>
    public ReportOutcome Canceled(SentMessage request, string cum = "0") =>
        Report(request, FixExecType.Canceled, FixOrdStatus.Canceled, cum, "0", origClOrdId: request.OrigClOrdId);

    public ReportOutcome Replaced(SentMessage replace, string cum = "0") =>
        Report(replace, FixExecType.Replaced, cum == "0" ? FixOrdStatus.New : FixOrdStatus.PartiallyFilled, cum,
            (replace.OrderQty!.Value - Quantity.Parse(cum, replace.OrderQty.Value.Scale)).ToString(), origClOrdId: replace.OrigClOrdId);

    public ReportOutcome Rejected(SentMessage nos, int reason = FixOrdRejReason.Other) =>
        Report(nos, FixExecType.Rejected, FixOrdStatus.Rejected, "0", "0", rejectReason: reason);

    public ReportOutcome Report(SentMessage order, char execType, char ordStatus, string cum, string leaves, string? lastQty = null,
        string? lastPx = null, string? commission = null, int liquidity = 0, bool possDup = false, string? execId = null,
        string? origClOrdId = null, int rejectReason = -1, string? clOrdId = null)
    {
        int qtyScale = order.OrderQty?.Scale ?? 0;
        int pxScale = order.Price?.Scale ?? 2;
        string id = execId ?? "E" + (++_execId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = new ExecutionReportWithFees
        {
            Report = new ExecutionReport
            {
                OrderId = Encoding.ASCII.GetBytes("X" + IdOf(order.OrigClOrdId.Length > 0 ? order.OrigClOrdId : order.ClOrdId)),
                ClOrdId = Encoding.ASCII.GetBytes(clOrdId ?? order.ClOrdId),
                OrigClOrdId = Encoding.ASCII.GetBytes(origClOrdId ?? ""),
                ExecId = Encoding.ASCII.GetBytes(id),
                ExecType = execType,
                OrdStatus = ordStatus,
                OrdRejReason = rejectReason,
                Symbol = Encoding.ASCII.GetBytes(order.Symbol),
                Side = order.Side,
                OrderQty = order.OrderQty,
                Price = order.Price,
                LastQty = lastQty is null ? null : Quantity.Parse(lastQty, qtyScale),
                LastPx = lastPx is null ? null : Price.Parse(lastPx, pxScale),
                LeavesQty = Quantity.Parse(leaves, qtyScale),
                CumQty = Quantity.Parse(cum, qtyScale),
                AvgPx = lastPx is null ? new Price(0, pxScale) : Price.Parse(lastPx, pxScale),
                TransactTimeNanos = Wire.UtcNow,
            },
            Commission = commission is null ? null : Price.Parse(commission, 4),
            LastLiquidityInd = liquidity,
        };
        return DeliverOrderMessage(order.Venue, Encode(order.Venue, in body, possDup));
    }

    public ReportOutcome CancelReject(SentMessage request, int reason = FixCxlRejReason.TooLateToCancel, char status = FixOrdStatus.New)
    {
        var body = new OrderCancelReject
        {
            OrderId = Encoding.ASCII.GetBytes("X" + IdOf(request.OrigClOrdId)),
            ClOrdId = Encoding.ASCII.GetBytes(request.ClOrdId),
            OrigClOrdId = Encoding.ASCII.GetBytes(request.OrigClOrdId),
            OrdStatus = status,
            CxlRejResponseTo = request.MsgType == "G" ? FixCxlRejResponseTo.OrderCancelReplaceRequest : FixCxlRejResponseTo.OrderCancelRequest,
            CxlRejReason = reason,
            Text = "refused"u8,
        };
        return DeliverOrderMessage(request.Venue, Encode(request.Venue, in body));
    }

    public ReportOutcome DeliverOrderMessage(VenueId venue, byte[] frame)
    {
        Assert.True(_parser.TryParse(frame, out FixMessage message));
        return Engine.OnExecutionMessage(in message, venue, Now);
    }

    public byte[] Encode<TBody>(VenueId venue, scoped in TBody body, bool possDup = false)
        where TBody : IFixMessageBody, allows ref struct
    {
        if (!_venueEncoders.TryGetValue(venue.Value, out FixMessageEncoder? encoder))
        {
            encoder = new FixMessageEncoder("VENUE" + venue.Value, "ENGINE", TimestampPrecision.Nanoseconds);
            _venueEncoders[venue.Value] = encoder;
        }

        int length;
        if (possDup)
        {
            FixMessageWriter writer = encoder.BeginPossDup(_buffer, body.MsgType, ++_seq, Wire.UtcNow, Wire.UtcNow);
            body.WriteBody(ref writer);
            Assert.True(writer.TryFinish(out length));
        }
        else
        {
            Assert.True(encoder.TryEncode(_buffer, ++_seq, Wire.UtcNow, in body, out length));
        }

        return _buffer.AsSpan(0, length).ToArray();
    }

    private byte[] SymbolOf(InstrumentId instrument) => Engine.Instruments[Index(instrument)].Symbol.ToArray();

    private static Price ParsePrice(string text) => Price.Parse(text, Scale(text));

    private static Quantity ParseQuantity(string text) => Quantity.Parse(text, Scale(text));

    private static int Scale(string text) => text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
}
