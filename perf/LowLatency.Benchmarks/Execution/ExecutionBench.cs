using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Core.Time;
using LowLatency.Execution.Config;
using LowLatency.Execution.Engine;
using LowLatency.Execution.Gateways;
using LowLatency.Execution.Orders;
using LowLatency.Execution.Positions;
using LowLatency.Execution.Risk;
using LowLatency.Execution.Routing;
using LowLatency.Fix.Codec.Values;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Model.Fills;
using LowLatency.Model.Instruments;
using LowLatency.Model.Intents;
using LowLatency.Model.MarketData;
using LowLatency.Model.Orders;

namespace LowLatency.Benchmarks.Execution;

/// <summary>
/// Shared set-up for the execution benchmarks: BTC-PERP on three venues with five levels a side, limits that never
/// bind, an engine whose sink really encodes each body with the FIX encoder (what the session's send handle will
/// do) and a listener that remembers the last ClOrdID so each benchmark can close its order again.
/// </summary>
internal sealed class ExecutionBench
{
    public static readonly InstrumentId Btc = new(1);

    public ExecutionBench()
    {
        var instrument = new Instrument
        {
            Id = Btc,
            Symbol = "BTC-PERP",
            Kind = InstrumentKind.Perpetual,
            Underlying = Btc,
            TickSize = new Price(5, 1),
            LotSize = new Quantity(1, 3),
        };
        var config = new ExecutionConfig
        {
            Instruments =
            [
                new InstrumentSettings
                {
                    Instrument = instrument, MaxOrderQuantity = Quantity.Parse("100", 3), MaxOrderNotional = 1e9,
                    MaxPosition = Quantity.Parse("10000", 3), PriceCollarBps = 200,
                },
            ],
            Venues =
            [
                new VenueSettings { Venue = new VenueId(1), Name = "V1", MakerFeeBps = 1, TakerFeeBps = 5, OrdersPerSecond = 1_000_000, Burst = 1_000_000 },
                new VenueSettings { Venue = new VenueId(2), Name = "V2", MakerFeeBps = -0.5, TakerFeeBps = 2, OrdersPerSecond = 1_000_000, Burst = 1_000_000 },
                new VenueSettings { Venue = new VenueId(3), Name = "V3", MakerFeeBps = 0, TakerFeeBps = 10, OrdersPerSecond = 1_000_000, Burst = 1_000_000 },
            ],
            Risk = new RiskLimits { MaxGrossExposure = 1e12, MaxOpenOrders = 10_000, GlobalOrdersPerSecond = 10_000_000, GlobalBurst = 10_000_000, RejectsToTrip = 0 },
            Orders = new OrderSettings { Capacity = 4096, ClOrdIdPrefix = "BENCH-" },
            Routing = new RoutingSettings { StaleAfterNs = long.MaxValue / 4 },
        };
        Last = new LastOrder();
        Engine = new ExecutionEngine<EncodingSink, LastOrderListener>(config, new EncodingSink(new SinkBuffers()), new LastOrderListener(Last), new SystemClock());
        Now = 1_000_000_000;
        for (int v = 1; v <= 3; v++)
        {
            Engine.OnVenueConnected(new VenueId(v), Now);
            var md = new MarketDataEvent { Instrument = Btc, Venue = new VenueId(v), Kind = MarketDataUpdateKind.Snapshot, PriceScale = 1, QuantityScale = 3, BidCount = 5, AskCount = 5 };
            for (int l = 0; l < 5; l++)
            {
                md.Bids[l] = new MarketDataLevel(500_000 - (v * 5) - (l * 5), 2_000);
                md.Asks[l] = new MarketDataLevel(500_005 + (v * 5) + (l * 5), 2_000);
            }

            Engine.OnMarketData(in md, Now);
        }
    }

    public ExecutionEngine<EncodingSink, LastOrderListener> Engine { get; }

    public LastOrder Last { get; }

    public long Now { get; set; }

    public static HedgeIntent Intent(Side side, string quantity, ExecutionUrgency urgency = ExecutionUrgency.Aggressive) => new()
    {
        Instrument = Btc,
        Side = side,
        Quantity = Quantity.Parse(quantity, 3),
        Urgency = urgency,
        Reason = RebalanceReason.DeltaBand,
    };

    /// <summary>A passive buy far below the market (limit 49,500.0): rests without ever crossing the benchmarks' sells.</summary>
    public static HedgeIntent RestingIntent() => Intent(Side.Buy, "0.5", ExecutionUrgency.Passive) with { LimitPrice = new Price(495_000, 1) };

    /// <summary>Closes the last order with an unsolicited cancel (keeps the table and risk state steady).</summary>
    public void CancelLast(long execId)
    {
        var report = new OrderReport
        {
            Kind = OrderReportKind.Execution,
            Venue = new VenueId(1),
            ExecType = ExecutionKind.Canceled,
            ClOrdId = Last.ClOrdId,
            ExecIdHash = (ulong)execId,
        };
        Engine.OnOrderReport(in report, Now);
    }
}

/// <summary>What the bench listener remembers.</summary>
internal sealed class LastOrder
{
    public long ClOrdId;
    public long Fills;
}

/// <summary>Listener for benchmarks: records the last ClOrdID and counts fills, nothing else.</summary>
internal readonly struct LastOrderListener(LastOrder last) : IExecutionListener
{
    public void OnFill(in FillEvent fill, in PositionSnapshot position) => last.Fills++;

    public void OnOrderSent(in ChildOrder order, long clOrdId, long tickToOrderNs) => last.ClOrdId = clOrdId;

    public void OnRiskRefused(in ChildOrder order, RiskReason reason)
    {
    }

    public void OnOrderReport(in OrderReport report, ReportOutcome outcome)
    {
    }

    public void OnKillSwitch(KillSwitchCause cause, VenueId? venue, bool active)
    {
    }
}

/// <summary>Per-venue FIX encoders and one output buffer: stands in for the session send handle.</summary>
internal sealed class SinkBuffers
{
    public readonly FixMessageEncoder[] Encoders =
    [
        new("ENGINE", "VENUE0", TimestampPrecision.Microseconds),
        new("ENGINE", "VENUE1", TimestampPrecision.Microseconds),
        new("ENGINE", "VENUE2", TimestampPrecision.Microseconds),
        new("ENGINE", "VENUE3", TimestampPrecision.Microseconds),
    ];

    public readonly byte[] Buffer = new byte[1024];
    public int Sequence;
    public int LastLength;
    public long UtcNow = 1_767_603_600_000_000_000;
}

/// <summary>The sink: encodes the full message (header, body, checksum) into the buffer, as the session will.</summary>
internal readonly struct EncodingSink(SinkBuffers buffers) : IVenueOrderSink
{
    public bool TrySend<TBody>(VenueId venue, scoped in TBody body)
        where TBody : IFixMessageBody, allows ref struct
    {
        bool ok = buffers.Encoders[venue.Value].TryEncode(buffers.Buffer, ++buffers.Sequence, buffers.UtcNow, in body, out int length);
        buffers.LastLength = length;
        return ok;
    }
}
