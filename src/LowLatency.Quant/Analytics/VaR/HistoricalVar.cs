using LowLatency.Quant.Analytics.Snapshots;
using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.VaR;

/// <summary>
/// Historical-simulation VaR/ES with full revaluation (Jorion, ch. 12): each row of past factor returns is
/// applied to today's book — linear positions by exposure × return, options repriced by the
/// <c>TPricer</c> at the shocked level with the time to expiry reduced by the horizon —
/// and VaR/ES read from the empirical tail (convention in <see cref="EmpiricalTail"/>: k = ⌈(1 − c)·T⌉).
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
        Guard.NotNull(scenarioReturns, nameof(scenarioReturns));
        if (scenarioReturns.ColumnCount != snapshot.FactorCount)
        {
            Guard.Fail(nameof(scenarioReturns), $"scenarioReturns has {scenarioReturns.ColumnCount} factor columns but the snapshot has {snapshot.FactorCount} factors");
        }

        Guard.MinLength(scenarioReturns.RowCount, 1, nameof(scenarioReturns), "scenarios (rows)");
        Guard.Finite(scenarioReturns, nameof(scenarioReturns));
        if (pnlDestination.Length != 0)
        {
            Guard.SameLength(pnlDestination.Length, scenarioReturns.RowCount, nameof(pnlDestination), "scenario rows");
        }

        var book = new ScenarioBook();
        book.Prepare(snapshot, ref pricer, horizonYears);
        int t = scenarioReturns.RowCount;
        int n = snapshot.FactorCount;
        double[] rows = scenarioReturns.ToRowMajorArray();
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i] <= -1.0)
            {
                Guard.Fail(nameof(scenarioReturns), $"scenarioReturns[{i / n},{i % n}] is {Guard.Format(rows[i])}; a simple return of −100 % or less has no price level");
            }
        }

        // Scenarios in chunks: the chunk's option-factor returns are gathered slot-major so each option is
        // priced once per chunk through PriceMany.
        const int chunk = 256;
        int slots = Math.Max(book.SlotCount, 1);
        var pnl = new double[t];
        var slotReturns = new double[slots * chunk];
        var spots = new double[chunk];
        var values = new double[chunk];
        var linear = book.Linear;
        var slotFactors = book.SlotFactors;
        for (int start = 0; start < t; start += chunk)
        {
            int count = Math.Min(chunk, t - start);
            for (int b = 0; b < count; b++)
            {
                var row = rows.AsSpan((start + b) * n, n);
                pnl[start + b] = VectorKernels.Dot(linear, row);
                for (int j = 0; j < slotFactors.Length; j++)
                {
                    slotReturns[(j * chunk) + b] = row[slotFactors[j]];
                }
            }

            book.AddOptionPnl(ref pricer, slotReturns, chunk, count, 1.0, pnl.AsSpan(start, count), spots, values);
        }

        if (pnlDestination.Length != 0)
        {
            pnl.CopyTo(pnlDestination);
        }

        return EmpiricalTail.FromPnl(pnl, confidence);
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
