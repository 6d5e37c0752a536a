namespace LowLatency.Model.Intents;

/// <summary>
/// A request to move collateral from the reserve into the trading account (liquidation protection's
/// first level): not an order, so it is journalled and executed by the treasury side, never routed to a venue.
/// </summary>
public readonly record struct CollateralTransfer
{
    /// <summary>Amount in account currency (positive = into the trading account).</summary>
    public required double Amount { get; init; }

    public required RebalanceReason Reason { get; init; }

    /// <summary>The margin ratio that triggered it.</summary>
    public double Observed { get; init; }

    /// <summary>The level it crossed.</summary>
    public double Threshold { get; init; }

    public long DecisionTimestampNs { get; init; }
}
