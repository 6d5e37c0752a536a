using LowLatency.Core.Ids;
using LowLatency.Model.Orders;

namespace LowLatency.Venue.Matching;

/// <summary>Everything an OrderCancelReject (35=9) says: a cancel or replace that was refused.</summary>
public readonly struct CancelReject
{
    public required int Owner { get; init; }

    /// <summary>ClOrdID(11) of the refused request.</summary>
    public required ClientOrderId ClientOrderId { get; init; }

    /// <summary>OrigClOrdID(41) as given on the request.</summary>
    public required ClientOrderId OrigClientOrderId { get; init; }

    public required InstrumentId Instrument { get; init; }

    /// <summary>OrderID(37) when the order is known, 0 otherwise (the gateway writes "NONE").</summary>
    public required long OrderId { get; init; }

    /// <summary>OrdStatus(39) of the order; <see cref="OrderStatus.Rejected"/> when the order is unknown, as FIX asks.</summary>
    public required OrderStatus Status { get; init; }

    public required CancelRejectResponseTo ResponseTo { get; init; }

    public required CancelRejectReason Reason { get; init; }
}
