using System.Runtime.CompilerServices;
using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Execution.Instruments;
using LowLatency.Execution.Orders;
using LowLatency.Fix.Messages.Application;

namespace LowLatency.Execution.Gateways;

/// <summary>
/// Domain order → FIX body: NewOrderSingle, OrderCancelRequest, OrderCancelReplaceRequest and OrderStatusRequest
/// built on the stack (ClOrdID digits in a stack buffer, Symbol from the instrument table, Price/OrderQty at the
/// instrument's scales) and handed to the sink. Nothing is allocated.
/// </summary>
internal sealed class OrderMessageFactory
{
    private const int IdBufferLength = 32;

    private readonly ClOrdIdCodec _ids;
    private readonly InstrumentTable _instruments;
    private readonly VenueTable _venues;
    private readonly byte[] _account;

    public OrderMessageFactory(ClOrdIdCodec ids, InstrumentTable instruments, VenueTable venues, string account)
    {
        _ids = ids;
        _instruments = instruments;
        _venues = venues;
        _account = Encoding.ASCII.GetBytes(account ?? "");
    }

    public ClOrdIdCodec Ids => _ids;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TrySendNew<TSink>(ref TSink sink, ref Order o, long transactTimeUtcNs)
        where TSink : struct, IVenueOrderSink
    {
        Span<byte> id = stackalloc byte[IdBufferLength];
        int idLength = _ids.Format(o.ClOrdId, id);
        ref readonly InstrumentInfo info = ref _instruments[o.Instrument];
        var body = new NewOrderSingle
        {
            ClOrdId = id[..idLength],
            Account = _account,
            Symbol = info.Symbol,
            Side = FixCodes.ToFix(o.Side),
            TransactTimeNanos = transactTimeUtcNs,
            OrderQty = new Quantity(o.Quantity, info.QuantityScale),
            OrdType = FixCodes.ToFix(o.Type),
            Price = o.Type == Model.Orders.OrderType.Limit ? new Price(o.Price, info.PriceScale) : null,
            TimeInForce = FixCodes.ToFix(o.TimeInForce),
        };
        return sink.TrySend(_venues[o.Venue].Id, in body);
    }

    /// <summary>Cancel of the order's current terms; ClOrdID is the pending request's id.</summary>
    public bool TrySendCancel<TSink>(ref TSink sink, ref Order o, long transactTimeUtcNs)
        where TSink : struct, IVenueOrderSink
    {
        Span<byte> id = stackalloc byte[IdBufferLength];
        Span<byte> orig = stackalloc byte[IdBufferLength];
        int idLength = _ids.Format(o.PendingClOrdId, id);
        int origLength = _ids.Format(o.ClOrdId, orig);
        ref readonly InstrumentInfo info = ref _instruments[o.Instrument];
        var body = new OrderCancelRequest
        {
            OrigClOrdId = orig[..origLength],
            ClOrdId = id[..idLength],
            OrderId = o.VenueOrderId.AsSpan(),
            Symbol = info.Symbol,
            Side = FixCodes.ToFix(o.Side),
            TransactTimeNanos = transactTimeUtcNs,
            OrderQty = new Quantity(o.Quantity, info.QuantityScale),
        };
        return sink.TrySend(_venues[o.Venue].Id, in body);
    }

    /// <summary>Replace of the order's current terms with the pending price and quantity.</summary>
    public bool TrySendReplace<TSink>(ref TSink sink, ref Order o, long transactTimeUtcNs)
        where TSink : struct, IVenueOrderSink
    {
        Span<byte> id = stackalloc byte[IdBufferLength];
        Span<byte> orig = stackalloc byte[IdBufferLength];
        int idLength = _ids.Format(o.PendingClOrdId, id);
        int origLength = _ids.Format(o.ClOrdId, orig);
        ref readonly InstrumentInfo info = ref _instruments[o.Instrument];
        var body = new OrderCancelReplaceRequest
        {
            OrderId = o.VenueOrderId.AsSpan(),
            OrigClOrdId = orig[..origLength],
            ClOrdId = id[..idLength],
            Account = _account,
            Symbol = info.Symbol,
            Side = FixCodes.ToFix(o.Side),
            TransactTimeNanos = transactTimeUtcNs,
            OrderQty = new Quantity(o.PendingQuantity, info.QuantityScale),
            OrdType = FixCodes.ToFix(o.Type),
            Price = new Price(o.PendingPrice, info.PriceScale),
            TimeInForce = FixCodes.ToFix(o.TimeInForce),
        };
        return sink.TrySend(_venues[o.Venue].Id, in body);
    }

    /// <summary>OrderStatusRequest for an order whose request went unanswered.</summary>
    public bool TrySendStatusRequest<TSink>(ref TSink sink, ref Order o)
        where TSink : struct, IVenueOrderSink
    {
        Span<byte> id = stackalloc byte[IdBufferLength];
        int idLength = _ids.Format(o.ClOrdId, id);
        var body = new OrderStatusRequest
        {
            OrderId = o.VenueOrderId.AsSpan(),
            ClOrdId = id[..idLength],
            Symbol = _instruments[o.Instrument].Symbol,
            Side = FixCodes.ToFix(o.Side),
        };
        return sink.TrySend(_venues[o.Venue].Id, in body);
    }
}
