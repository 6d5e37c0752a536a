using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Orders;

namespace LowLatency.Venue.Matching;

/// <summary>
/// Everything an ExecutionReport (35=8) says, for every order event the matching core emits: accepted
/// (New), rejected, filled (Trade), cancelled, replaced, expired. Built on the stack and passed by
/// <c>in</c> to the listener, which copies what it needs before returning.
/// </summary>
/// <remarks>
/// Prices are at the instrument's price scale except <see cref="AveragePrice"/>, which carries extra
/// decimals (see <see cref="AveragePriceMath"/>). Quantities are at the instrument's quantity scale.
/// </remarks>
public readonly struct ExecutionReport
{
    public required ExecType ExecType { get; init; }

    public required OrderStatus Status { get; init; }

    /// <summary>Venue-wide, strictly increasing: unique ExecID(17) material.</summary>
    public required long ExecutionId { get; init; }

    /// <summary>Venue-assigned OrderID(37); 0 for an order rejected on entry.</summary>
    public required long OrderId { get; init; }

    public required int Owner { get; init; }

    /// <summary>ClOrdID(11): the order's id, or the cancel request's id on a requested cancel.</summary>
    public required ClientOrderId ClientOrderId { get; init; }

    /// <summary>OrigClOrdID(41) on requested cancels and replaces; empty otherwise.</summary>
    public ClientOrderId OrigClientOrderId { get; init; }

    public required InstrumentId Instrument { get; init; }

    public required Side Side { get; init; }

    public required OrderType OrderType { get; init; }

    public required TimeInForce TimeInForce { get; init; }

    /// <summary>Limit price (zero for market orders).</summary>
    public required Price Price { get; init; }

    /// <summary>Total order quantity, OrderQty(38).</summary>
    public required Quantity OrderQuantity { get; init; }

    /// <summary>CumQty(14).</summary>
    public required Quantity CumulativeQuantity { get; init; }

    /// <summary>LeavesQty(151): zero once the order is done (filled, cancelled, rejected, expired).</summary>
    public required Quantity LeavesQuantity { get; init; }

    /// <summary>AvgPx(6); zero while nothing has filled.</summary>
    public required Price AveragePrice { get; init; }

    /// <summary>LastPx(31) on a trade; zero otherwise.</summary>
    public Price LastPrice { get; init; }

    /// <summary>LastQty(32) on a trade; zero otherwise.</summary>
    public Quantity LastQuantity { get; init; }

    /// <summary>Venue-wide trade id (TrdMatchID(880)) on a trade; both sides of a match share it.</summary>
    public long TradeId { get; init; }

    /// <summary>Maker or taker on a trade (LastLiquidityInd(851)); decides the fee.</summary>
    public LiquidityIndicator Liquidity { get; init; }

    /// <summary>Set when <see cref="ExecType"/> is <see cref="ExecType.Rejected"/>.</summary>
    public OrderRejectReason RejectReason { get; init; }

    /// <summary>Set when <see cref="ExecType"/> is <see cref="ExecType.Canceled"/> or <see cref="ExecType.Expired"/>.</summary>
    public CancelReason CancelReason { get; init; }
}
