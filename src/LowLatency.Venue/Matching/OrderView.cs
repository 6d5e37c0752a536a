using LowLatency.Core.FixedPoint;
using LowLatency.Model.Orders;

namespace LowLatency.Venue.Matching;

/// <summary>
/// A copy of one live order's state, for queries off the matching path (synthetic makers reconciling
/// their quotes, tests checking queue position, the gateway answering a status request 35=H).
/// </summary>
public readonly struct OrderView
{
    public required long OrderId { get; init; }

    public required int Owner { get; init; }

    public required ClientOrderId ClientOrderId { get; init; }

    public required Side Side { get; init; }

    public required OrderType OrderType { get; init; }

    public required TimeInForce TimeInForce { get; init; }

    public required Price Price { get; init; }

    public required Quantity OrderQuantity { get; init; }

    public required Quantity CumulativeQuantity { get; init; }

    public required Quantity LeavesQuantity { get; init; }

    /// <summary>AvgPx(6) of the fills so far (zero before any), at the instrument's price scale plus <see cref="AveragePriceMath.ExtraDecimals"/>.</summary>
    public required Price AveragePrice { get; init; }

    public required OrderStatus Status { get; init; }
}
