using LowLatency.Model.Intents;

namespace LowLatency.Rebalancing.Backtest;

/// <summary>
/// Outcome of a backtest: trading activity and its cost, hedging quality per [DELTA] rule (time in band, largest
/// |delta − target| after decisions), risk extremes, and P&amp;L net of collateral added.
/// </summary>
public sealed record BacktestReport
{
    public required int Steps { get; init; }

    /// <summary>Orders filled (one per intent).</summary>
    public required int Trades { get; init; }

    /// <summary>Σ |q|·m·price over fills.</summary>
    public required double TradedNotional { get; init; }

    public required double SpreadCost { get; init; }

    public required double ImpactCost { get; init; }

    public required double Fees { get; init; }

    public double TotalCost => SpreadCost + ImpactCost + Fees;

    public required double InitialEquity { get; init; }

    public required double FinalEquity { get; init; }

    /// <summary>Collateral moved in from the reserve (not P&amp;L).</summary>
    public required double CollateralAdded { get; init; }

    /// <summary>Final − initial equity − collateral added.</summary>
    public double Pnl => FinalEquity - InitialEquity - CollateralAdded;

    /// <summary>Sample variance of the per-step P&amp;L (equity change net of collateral): the hedging error.</summary>
    public required double PnlVariance { get; init; }

    /// <summary>Per [DELTA] rule: share of steps whose post-decision delta was inside the band.</summary>
    public required IReadOnlyList<double> TimeInBand { get; init; }

    /// <summary>Per [DELTA] rule: largest |delta − target| after a decision, in units of underlying.</summary>
    public required IReadOnlyList<double> MaxAbsDeltaDeviation { get; init; }

    public required double MaxLeverage { get; init; }

    public required double MinMarginRatio { get; init; }

    /// <summary>Intents by reason code.</summary>
    public required IReadOnlyDictionary<RebalanceReason, int> IntentsByReason { get; init; }

    /// <summary>Fills the risk book refused (should be 0: a non-zero count is a bug in the run).</summary>
    public required int RejectedFills { get; init; }

    public int Count(RebalanceReason reason) => IntentsByReason.TryGetValue(reason, out int n) ? n : 0;
}
