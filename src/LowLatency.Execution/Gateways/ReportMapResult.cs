namespace LowLatency.Execution.Gateways;

/// <summary>Outcome of mapping an inbound order message to an <c>OrderReport</c>; every failure is counted, never thrown.</summary>
public enum ReportMapResult : byte
{
    Mapped = 0,

    /// <summary>Not 35=8, 35=9 or a 35=j about an order message.</summary>
    NotAnOrderMessage = 1,

    /// <summary>A field the engine needs is missing or malformed.</summary>
    MissingOrMalformedField = 2,

    /// <summary>Neither ClOrdID nor OrigClOrdID carries our prefix and digits, and there is no OrderID to look up.</summary>
    NotOurOrder = 3,

    /// <summary>Side (54) the engine does not trade.</summary>
    UnsupportedSide = 4,

    /// <summary>The venue's OrderID is longer than the engine keeps.</summary>
    VenueOrderIdTooLong = 5,
}
