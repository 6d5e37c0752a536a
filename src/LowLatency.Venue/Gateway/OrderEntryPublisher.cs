using System.Runtime.CompilerServices;
using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Time;
using LowLatency.Fix.Messages;
using OrderCancelReject = LowLatency.Fix.Messages.Application.OrderCancelReject;
using LowLatency.Fix.Messages.Session;
using LowLatency.Model.Orders;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Gateway;

/// <summary>
/// The order-entry side of the venue's FIX gateway: the matching core's order events become ExecutionReports (35=8)
/// and OrderCancelRejects (35=9) for the owning session, with the fill's fee; status requests and requests refused
/// as a whole are answered here too. Synthetic liquidity (negative owners) only counts. Matching thread only.
/// </summary>
internal sealed class OrderEntryPublisher
{
    private readonly OutboundRouter _out;
    private readonly VenueCounters _counters;
    private readonly IClock _clock;
    private readonly FeeCalculator _fees;
    private readonly int _sessionCount;
    private byte[][] _symbols = [];
    private ExecutionReport[] _pending = new ExecutionReport[256];
    private int _pendingCount;

    public OrderEntryPublisher(int sessionCount, FeeCalculator fees, OutboundRouter outbound, VenueCounters counters, IClock clock)
    {
        _sessionCount = sessionCount;
        _fees = fees;
        _out = outbound;
        _counters = counters;
        _clock = clock;
    }

    /// <summary>The engine's books (instrument ids 0..n-1), once the engine this publisher listens to exists.</summary>
    public void Attach(ReadOnlySpan<OrderBook> books)
    {
        var symbols = new byte[books.Length][];
        foreach (OrderBook book in books)
        {
            symbols[book.Instrument.Value] = Encoding.ASCII.GetBytes(book.Definition.Symbol);
        }

        _symbols = symbols;
    }

    /// <summary>Symbol(55) bytes of the command being processed when its symbol is not listed (echoed in the reject).</summary>
    public ClientOrderId UnlistedSymbol { get; set; }

    /// <summary>
    /// An order event of the command being processed: kept (a struct copy) and sent by <see cref="SendPending"/> once
    /// the command is complete, so the command's market data leaves first — the public book change is the latency
    /// that matters to every subscriber, the private reports follow within the same duty cycle.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OnExecution(in ExecutionReport report)
    {
        if (report.ExecType == ExecType.Trade)
        {
            _counters.Increment(VenueCounter.Trades); // once per side; halved when read
        }

        if ((uint)report.Owner >= (uint)_sessionCount)
        {
            return; // synthetic makers and takers have no session
        }

        if (_pendingCount == _pending.Length)
        {
            Array.Resize(ref _pending, _pending.Length * 2); // a sweep through hundreds of client orders: once, then kept
        }

        _pending[_pendingCount++] = report;
    }

    /// <summary>Sends the ExecutionReports of the command just processed, in the order the matching core emitted them.</summary>
    public void SendPending()
    {
        for (int i = 0; i < _pendingCount; i++)
        {
            Send(in _pending[i]);
        }

        _pendingCount = 0;
    }

    private void Send(in ExecutionReport report)
    {
        Price? commission = null;
        ReadOnlySpan<byte> text = default;
        if (report.ExecType == ExecType.Trade)
        {
            commission = _fees.Commission(report.LastPrice, report.LastQuantity, report.Liquidity);
            _counters.Increment(VenueCounter.ClientFills);
        }
        else
        {
            text = TextOf(report.ExecType, report.RejectReason, report.CancelReason);
            if (report.ExecType == ExecType.Rejected)
            {
                _counters.Increment(VenueCounter.OrdersRejected);
            }
        }

        Span<byte> symbolBuffer = stackalloc byte[ClientOrderId.MaxLength];
        Span<byte> ids = stackalloc byte[2 * ClientOrderId.MaxLength];
        var body = new ExecutionReportBody(in report, ids, SymbolOf(report.Instrument, symbolBuffer), text, _clock.UtcEpochNanoseconds(), commission);
        _out.SendOrderReply(report.Owner, in body);
        _counters.Increment(VenueCounter.ExecutionReportsSent);
    }

    public void OnCancelReject(in CancelReject reject)
    {
        if ((uint)reject.Owner >= (uint)_sessionCount)
        {
            return;
        }

        Span<byte> orderId = stackalloc byte[20];
        Span<byte> clOrdId = stackalloc byte[ClientOrderId.MaxLength];
        Span<byte> origClOrdId = stackalloc byte[ClientOrderId.MaxLength];
        reject.ClientOrderId.TryCopyTo(clOrdId, out int clOrdIdLength);
        reject.OrigClientOrderId.TryCopyTo(origClOrdId, out int origLength);
        var body = new OrderCancelReject
        {
            OrderId = FormatOrderId(reject.OrderId, orderId),
            ClOrdId = clOrdId[..clOrdIdLength],
            OrigClOrdId = origClOrdId[..origLength],
            OrdStatus = FixCodes.ToFix(reject.Status),
            CxlRejResponseTo = FixCodes.ToFix(reject.ResponseTo),
            CxlRejReason = FixCodes.ToFix(reject.Reason),
            Text = MatchingText.Describe(reject.Reason),
        };
        _out.SendOrderReply(reject.Owner, in body);
        _counters.Increment(VenueCounter.CancelRejectsSent);
    }

    /// <summary>OrderStatusRequest (35=H): ExecType=I with the live order's state, or OrdStatus=Rejected/OrdRejReason=5 when it is not live.</summary>
    public void OnStatusRequest(in VenueCommand command, OrderBook? book)
    {
        _counters.Increment(VenueCounter.StatusRequestsReceived);
        ExecutionReport report;
        ReadOnlySpan<byte> text = default;
        if (book is not null && book.TryGetOrder(command.Session, command.ClientOrderId, out OrderView order))
        {
            report = new ExecutionReport
            {
                ExecType = ExecType.New, // written as 'I' below
                Status = order.Status,
                ExecutionId = 0,
                OrderId = order.OrderId,
                Owner = command.Session,
                ClientOrderId = order.ClientOrderId,
                Instrument = command.Instrument,
                Side = order.Side,
                OrderType = order.OrderType,
                TimeInForce = order.TimeInForce,
                Price = order.Price,
                OrderQuantity = order.OrderQuantity,
                CumulativeQuantity = order.CumulativeQuantity,
                LeavesQuantity = order.LeavesQuantity,
                AveragePrice = order.AveragePrice,
            };
        }
        else
        {
            report = new ExecutionReport
            {
                ExecType = ExecType.New,
                Status = OrderStatus.Rejected,
                ExecutionId = 0,
                OrderId = 0,
                Owner = command.Session,
                ClientOrderId = command.ClientOrderId,
                Instrument = command.Instrument,
                Side = command.Side,
                OrderType = OrderType.Limit,
                TimeInForce = TimeInForce.Day,
                Price = default,
                OrderQuantity = default,
                CumulativeQuantity = default,
                LeavesQuantity = default,
                AveragePrice = default,
            };
            text = GatewayTexts.Describe(GatewayText.UnknownOrder);
        }

        // ExecID of a status answer: FIX 4.4 sends "0" for ExecType=I (it reports, it does not execute).
        Span<byte> symbolBuffer = stackalloc byte[ClientOrderId.MaxLength];
        Span<byte> ids = stackalloc byte[2 * ClientOrderId.MaxLength];
        var body = new ExecutionReportBody(in report, ids, SymbolOf(report.Instrument, symbolBuffer), text, _clock.UtcEpochNanoseconds(), null, Fix.Messages.Values.FixExecType.OrderStatus);
        _out.SendOrderReply(command.Session, in body);
        _counters.Increment(VenueCounter.ExecutionReportsSent);
    }

    /// <summary>BusinessMessageReject (35=j) for a request refused as a whole (unsupported type, over-long id, missing field).</summary>
    public void OnBusinessReject(in VenueCommand command)
    {
        Span<byte> refType = stackalloc byte[ClientOrderId.MaxLength];
        Span<byte> refId = stackalloc byte[ClientOrderId.MaxLength];
        command.RawText.TryCopyTo(refType, out int refTypeLength);
        command.ClientOrderId.TryCopyTo(refId, out int refIdLength);
        var body = new BusinessMessageReject
        {
            RefSeqNum = command.MsgSeqNum,
            RefMsgType = refType[..refTypeLength],
            BusinessRejectRefId = refId[..refIdLength],
            Reason = (BusinessRejectReason)command.RejectCode,
            Text = GatewayTexts.Describe(command.Reject),
        };
        _out.SendOrderReply(command.Session, in body);
        _counters.Increment(VenueCounter.BusinessRejectsSent);
    }

    private static ReadOnlySpan<byte> TextOf(ExecType execType, OrderRejectReason rejectReason, CancelReason cancelReason) => execType switch
    {
        ExecType.Rejected => MatchingText.Describe(rejectReason),
        ExecType.Canceled or ExecType.Expired => MatchingText.Describe(cancelReason),
        _ => default,
    };

    private ReadOnlySpan<byte> SymbolOf(Core.Ids.InstrumentId id, Span<byte> buffer)
    {
        int instrument = id.Value;
        if ((uint)instrument < (uint)_symbols.Length)
        {
            return _symbols[instrument];
        }

        UnlistedSymbol.TryCopyTo(buffer, out int written);
        return buffer[..written];
    }

    private static ReadOnlySpan<byte> FormatOrderId(long orderId, Span<byte> buffer)
    {
        if (orderId == 0)
        {
            return "NONE"u8;
        }

        int written = Fix.Codec.Values.FixNumber.Write(orderId, buffer);
        return buffer[..written];
    }
}
