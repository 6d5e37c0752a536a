using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;

namespace LowLatency.Execution.Positions;

/// <summary>
/// A position as listeners, the dashboard and tests see it: exact net quantity, average cost, realised and
/// unrealised PnL and fees in account currency. A value copy; <see cref="Venue"/> is default for the all-venue total.
/// </summary>
public readonly record struct PositionSnapshot
{
    public required InstrumentId Instrument { get; init; }

    /// <summary>The venue for a per-venue position; <c>null</c> for the instrument's total over all venues.</summary>
    public VenueId? Venue { get; init; }

    /// <summary>Signed: positive long, negative short.</summary>
    public required Quantity NetQuantity { get; init; }

    /// <summary>Average entry price of the open position (0 when flat).</summary>
    public double AverageCost { get; init; }

    public double RealisedPnl { get; init; }

    /// <summary>At <see cref="MarkPrice"/>; 0 when flat or never marked.</summary>
    public double UnrealisedPnl { get; init; }

    /// <summary>Fees paid (negative: rebates earned).</summary>
    public double Fees { get; init; }

    public Quantity BoughtQuantity { get; init; }

    public Quantity SoldQuantity { get; init; }

    public int FillCount { get; init; }

    public double MarkPrice { get; init; }

    /// <summary>Realised + unrealised − fees.</summary>
    public double NetPnl => RealisedPnl + UnrealisedPnl - Fees;
}
