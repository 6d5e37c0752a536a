namespace LowLatency.Venue.Matching;

/// <summary>
/// Why a cancel or replace was refused. The gateway maps it to CxlRejReason(102) and puts
/// <see cref="MatchingText.Describe(CancelRejectReason)"/> in Text(58).
/// </summary>
public enum CancelRejectReason : byte
{
    None = 0,

    /// <summary>No live order with that OrigClOrdID for this owner: never existed, already filled or cancelled (FIX 102=1).</summary>
    UnknownOrder = 1,

    /// <summary>The instrument is not traded on this venue (FIX 102=1).</summary>
    UnknownInstrument = 2,

    /// <summary>The new client order id is already used by another live order of the owner (FIX 102=6).</summary>
    DuplicateClientOrderId = 3,

    /// <summary>The replace names the other side (FIX 102=99).</summary>
    SideMismatch = 4,

    /// <summary>New price zero or negative (FIX 102=99).</summary>
    PriceNotPositive = 5,

    /// <summary>New price off the tick grid (FIX 102=99).</summary>
    PriceNotOnTick = 6,

    /// <summary>New quantity zero or negative (FIX 102=99).</summary>
    QuantityNotPositive = 7,

    /// <summary>New quantity not a multiple of the lot size (FIX 102=99).</summary>
    QuantityNotLotMultiple = 8,

    /// <summary>New quantity above the per-order maximum (FIX 102=99).</summary>
    QuantityTooLarge = 9,

    /// <summary>New total quantity is not above what has already filled (FIX 102=99).</summary>
    QuantityNotAboveFilled = 10,

    /// <summary>Refused by fault injection, for reliability tests (FIX 102=99).</summary>
    SimulatedFault = 11,
}
