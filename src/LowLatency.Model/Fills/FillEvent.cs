using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Model.Orders;

namespace LowLatency.Model.Fills;

/// <summary>
/// One execution of one of our orders, as positions, the journal and the risk book consume it. A value type with
/// everything a restarted engine needs to rebuild positions exactly: the position book is a pure function of the
/// sequence of these.
/// </summary>
public readonly record struct FillEvent
{
    /// <summary>Engine-wide fill number, +1 per fill: gaps in a journal are visible.</summary>
    public required long Sequence { get; init; }

    public required InstrumentId Instrument { get; init; }

    public required VenueId Venue { get; init; }

    public required Side Side { get; init; }

    /// <summary>Filled quantity (positive) at the instrument's quantity scale.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>Execution price at the instrument's price scale.</summary>
    public required Price Price { get; init; }

    /// <summary>Fee in account currency; positive = paid, negative = rebate received.</summary>
    public double Fee { get; init; }

    public LiquidityIndicator Liquidity { get; init; }

    /// <summary>The engine's numeric client order id of the order that filled.</summary>
    public long OrderId { get; init; }

    /// <summary>64-bit hash of the venue's ExecID (17): ties the journal entry to the venue report.</summary>
    public ulong ExecIdHash { get; init; }

    /// <summary>Venue TransactTime (60), UTC epoch nanoseconds; 0 when absent.</summary>
    public long TransactTimeUtcNs { get; init; }

    /// <summary>Engine monotonic nanoseconds when the report was applied.</summary>
    public long ReceiveTimestampNs { get; init; }

    /// <summary>Signed quantity mantissa: positive for a buy, negative for a sell.</summary>
    public long SignedQuantityMantissa => Side == Side.Buy ? Quantity.Mantissa : -Quantity.Mantissa;
}
