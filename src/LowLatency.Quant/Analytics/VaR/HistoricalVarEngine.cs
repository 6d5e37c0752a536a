using LowLatency.Quant.Analytics.Snapshots;
using MathNet.Numerics.LinearAlgebra;

namespace LowLatency.Quant.Analytics.VaR;

/// <summary>
/// Historical-simulation VaR/ES with full revaluation (Jorion, "Value at Risk", ch. 12): each row of past
/// factor returns is applied to today's book — linear positions by exposure × return, options repriced by
/// the <c>TPricer</c> at the shocked level with the time to expiry reduced by the horizon — and VaR/ES are
/// read from the empirical tail (<see cref="EmpiricalTail"/>: k = ⌈(1 − c)·T⌉). Built once per scenario set
/// (validated and laid out row-major), then run against snapshots reusing its buffers. Not thread-safe.
/// </summary>
public sealed class HistoricalVarEngine
{
    private const int Chunk = 256;
    private readonly double[] _rows;
    private readonly int _scenarios;
    private readonly int _n;
    private readonly double[] _pnl;
    private readonly ScenarioBook _book = new();
    private double[] _slotReturns = [];
    private readonly double[] _spots = new double[Chunk];
    private readonly double[] _values = new double[Chunk];

    /// <summary>
    /// <paramref name="scenarioReturns"/>: rows = scenarios (past periods), columns = factors, simple returns
    /// over the VaR horizon; every value finite and above −100 %.
    /// </summary>
    public HistoricalVarEngine(Matrix<double> scenarioReturns)
    {
        Guard.NotNull(scenarioReturns, nameof(scenarioReturns));
        Guard.MinLength(scenarioReturns.RowCount, 1, nameof(scenarioReturns), "scenarios (rows)");
        Guard.Finite(scenarioReturns, nameof(scenarioReturns));
        _scenarios = scenarioReturns.RowCount;
        _n = scenarioReturns.ColumnCount;
        _rows = scenarioReturns.ToRowMajorArray();
        for (int i = 0; i < _rows.Length; i++)
        {
            if (_rows[i] <= -1.0)
            {
                Guard.Fail(nameof(scenarioReturns), $"scenarioReturns[{i / _n},{i % _n}] is {Guard.Format(_rows[i])}; a simple return of −100 % or less has no price level");
            }
        }

        _pnl = new double[_scenarios];
    }

    public int Scenarios => _scenarios;

    public int FactorCount => _n;

    /// <summary>
    /// VaR/ES of <paramref name="snapshot"/> over the scenarios. <paramref name="horizonYears"/> ages the options
    /// (theta); <paramref name="pnlDestination"/>, when given (length = scenarios), receives each scenario's
    /// P&amp;L in row order.
    /// </summary>
    public VarResult Compute<TPricer>(RiskSnapshot snapshot, double confidence, TPricer pricer, double horizonYears = 0.0, Span<double> pnlDestination = default)
        where TPricer : struct, IOptionPricer
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        Guard.Confidence(confidence);
        if (snapshot.FactorCount != _n)
        {
            Guard.Fail("scenarioReturns", $"scenarioReturns has {_n} factor columns but the snapshot has {snapshot.FactorCount} factors");
        }

        if (pnlDestination.Length != 0)
        {
            Guard.SameLength(pnlDestination.Length, _scenarios, nameof(pnlDestination), "scenario rows");
        }

        _book.Prepare(snapshot, ref pricer, horizonYears);
        int slots = Math.Max(_book.SlotCount, 1);
        if (_slotReturns.Length < slots * Chunk)
        {
            _slotReturns = new double[slots * Chunk];
        }

        // Scenarios in chunks: the chunk's option-factor returns are gathered slot-major so each option is
        // priced once per chunk through PriceMany.
        var linear = _book.Linear;
        var slotFactors = _book.SlotFactors;
        for (int start = 0; start < _scenarios; start += Chunk)
        {
            int count = Math.Min(Chunk, _scenarios - start);
            for (int b = 0; b < count; b++)
            {
                var row = _rows.AsSpan((start + b) * _n, _n);
                _pnl[start + b] = VectorKernels.Dot(linear, row);
                for (int j = 0; j < slotFactors.Length; j++)
                {
                    _slotReturns[(j * Chunk) + b] = row[slotFactors[j]];
                }
            }

            _book.AddOptionPnl(ref pricer, _slotReturns, Chunk, count, 1.0, _pnl.AsSpan(start, count), _spots, _values);
        }

        if (pnlDestination.Length != 0)
        {
            _pnl.CopyTo(pnlDestination);
        }

        return EmpiricalTail.FromPnl(_pnl, confidence);
    }
}
