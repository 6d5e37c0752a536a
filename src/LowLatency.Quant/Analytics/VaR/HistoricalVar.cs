using LowLatency.Quant.Analytics.Snapshots;
using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.VaR;

/// <summary>
/// One-shot historical-simulation VaR/ES with full revaluation; see <see cref="HistoricalVarEngine"/> for
/// the method and conventions, and use the engine directly to run many snapshots over one scenario set.
/// </summary>
public static class HistoricalVar
{
    /// <summary>
    /// <paramref name="scenarioReturns"/>: rows = scenarios (past periods), columns = the snapshot's factors,
    /// simple returns over the VaR horizon. <paramref name="horizonYears"/> ages the options (theta).
    /// <paramref name="pnlDestination"/>, when given (length = scenarios), receives each scenario's P&amp;L in row order.
    /// </summary>
    public static VarResult Compute<TPricer>(RiskSnapshot snapshot, Matrix<double> scenarioReturns, double confidence, TPricer pricer, double horizonYears = 0.0, Span<double> pnlDestination = default)
        where TPricer : struct, IOptionPricer
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        Guard.Confidence(confidence);
        return new HistoricalVarEngine(scenarioReturns).Compute(snapshot, confidence, pricer, horizonYears, pnlDestination);
    }

    /// <summary>Linear book only (no options in the snapshot): P&amp;L = exposuresᵀ·r per scenario.</summary>
    public static VarResult Compute(RiskSnapshot snapshot, Matrix<double> scenarioReturns, double confidence, Span<double> pnlDestination = default)
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        if (snapshot.OptionCount != 0)
        {
            Guard.Fail(nameof(snapshot), $"the snapshot holds {snapshot.OptionCount} options; pass an IOptionPricer to revalue them");
        }

        return Compute(snapshot, scenarioReturns, confidence, default(LinearOnlyPricer), 0.0, pnlDestination);
    }
}
