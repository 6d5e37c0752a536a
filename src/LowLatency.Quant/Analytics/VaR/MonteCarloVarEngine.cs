using LowLatency.Quant.Analytics.Snapshots;
using Matrix = MathNet.Numerics.LinearAlgebra.Matrix<double>;

namespace LowLatency.Quant.Analytics.VaR;

/// <summary>
/// Monte Carlo VaR/ES with correlated normal factor returns and full revaluation of options. Built once
/// per covariance (Cholesky factor L of h·Σ, or an eigen square root when Σ is only semi-definite) and then
/// run against snapshots, reusing its buffers. Per scenario: r = L·z; linear P&amp;L = (Lᵀw)·z (one dot
/// product, whatever the number of factors); options are repriced at S·(1 + r_f) only for the factors that
/// carry options, one block of scenarios per <see cref="IOptionPricer.PriceMany"/> call. VaR/ES come from
/// the empirical tail of the simulated P&amp;L (<see cref="EmpiricalTail"/>). Every run with the same options
/// replays the same draws, so two snapshots (before and after a trade) give a common-random-numbers
/// incremental VaR. Not thread-safe: one engine per analytics thread.
/// </summary>
public sealed class MonteCarloVarEngine
{
    private readonly int _n;
    private readonly double[] _factor;
    private readonly int[] _rowLength;
    private readonly Worker[] _workers;
    private readonly double[] _pnl;
    private readonly double[] _linearLoadings;
    private readonly ScenarioBook _book = new();
    private readonly int _draws;

    public MonteCarloVarEngine(Matrix covariance, MonteCarloVarOptions? options = null)
    {
        Options = options ?? new MonteCarloVarOptions();
        Options.Validate();
        Guard.Covariance(covariance, nameof(covariance));
        _n = covariance.RowCount;
        (_factor, _rowLength) = Factorise(covariance * Options.HorizonPeriods);
        int scenarios = Options.Antithetic ? Options.Scenarios + (Options.Scenarios & 1) : Options.Scenarios;
        _draws = Options.Antithetic ? scenarios / 2 : scenarios;
        _pnl = new double[scenarios];
        _linearLoadings = new double[_n];
        _workers = new Worker[Options.MaxDegreeOfParallelism];
        for (int i = 0; i < _workers.Length; i++)
        {
            _workers[i] = new Worker(Options.BlockSize, _n);
        }
    }

    public MonteCarloVarOptions Options { get; }

    public int FactorCount => _n;

    /// <summary>P&amp;L of every scenario of the last run, sorted ascending (worst first).</summary>
    public ReadOnlySpan<double> LastScenarioPnl => _pnl;

    /// <summary>Runs the simulation for <paramref name="snapshot"/>, repricing its options with <paramref name="pricer"/>.</summary>
    public VarResult Compute<TPricer>(RiskSnapshot snapshot, double confidence, TPricer pricer)
        where TPricer : struct, IOptionPricer
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        Guard.Confidence(confidence);
        if (snapshot.FactorCount != _n)
        {
            Guard.Fail(nameof(snapshot), $"the snapshot has {snapshot.FactorCount} factors but the covariance has {_n}");
        }

        _book.Prepare(snapshot, ref pricer, Options.HorizonYears);

        // a = Lᵀw: the linear book's P&L in scenario z is a·z.
        var linear = _book.Linear;
        Array.Clear(_linearLoadings);
        for (int f = 0; f < _n; f++)
        {
            double wf = linear[f];
            if (wf != 0.0)
            {
                var row = _factor.AsSpan(f * _n, _rowLength[f]);
                for (int k = 0; k < row.Length; k++)
                {
                    _linearLoadings[k] += row[k] * wf;
                }
            }
        }

        int blocks = (_draws + Options.BlockSize - 1) / Options.BlockSize;
        if (_workers.Length == 1)
        {
            RunBlocks(0, 1, blocks, pricer);
        }
        else
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _workers.Length };
            int stride = _workers.Length;
            Parallel.For(0, stride, parallel, w => RunBlocks(w, stride, blocks, pricer));
        }

        return EmpiricalTail.FromPnl(_pnl, confidence);
    }

    /// <summary>Linear book only (no options in the snapshot).</summary>
    public VarResult Compute(RiskSnapshot snapshot, double confidence)
    {
        Guard.NotNull(snapshot, nameof(snapshot));
        if (snapshot.OptionCount != 0)
        {
            Guard.Fail(nameof(snapshot), $"the snapshot holds {snapshot.OptionCount} options; pass an IOptionPricer to revalue them");
        }

        return Compute(snapshot, confidence, default(LinearOnlyPricer));
    }

    private void RunBlocks<TPricer>(int first, int stride, int blocks, TPricer pricer)
        where TPricer : struct, IOptionPricer
    {
        Worker worker = _workers[first];
        int n = _n;
        int blockSize = Options.BlockSize;
        bool antithetic = Options.Antithetic;
        var slotFactors = _book.SlotFactors;
        for (int block = first; block < blocks; block += stride)
        {
            int start = block * blockSize;
            int count = Math.Min(blockSize, _draws - start);
            var rng = new Xoshiro256StarStar(Options.Seed ^ (0x9E3779B97F4A7C15UL * (ulong)(block + 1)));
            var z = worker.Normals.AsSpan(0, count * n);
            ZigguratNormal.Fill(ref rng, z);
            CorrelatedSlotReturns(z, count, slotFactors, worker.SlotReturns);

            var plus = worker.PnlPlus.AsSpan(0, count);
            for (int b = 0; b < count; b++)
            {
                plus[b] = VectorKernels.Dot(_linearLoadings, z.Slice(b * n, n));
            }

            if (antithetic)
            {
                // −z: linear P&L flips sign, factor returns flip sign; only the options need repricing.
                var minus = worker.PnlMinus.AsSpan(0, count);
                for (int b = 0; b < count; b++)
                {
                    minus[b] = -plus[b];
                }

                _book.AddOptionPnl(ref pricer, worker.SlotReturns, blockSize, count, 1.0, plus, worker.Spots, worker.Values);
                _book.AddOptionPnl(ref pricer, worker.SlotReturns, blockSize, count, -1.0, minus, worker.Spots, worker.Values);
                for (int b = 0; b < count; b++)
                {
                    _pnl[2 * (start + b)] = plus[b];
                    _pnl[(2 * (start + b)) + 1] = minus[b];
                }
            }
            else
            {
                _book.AddOptionPnl(ref pricer, worker.SlotReturns, blockSize, count, 1.0, plus, worker.Spots, worker.Values);
                plus.CopyTo(_pnl.AsSpan(start, count));
            }
        }
    }

    /// <summary>
    /// r[j·B + b] = L[f_j, :]·z_b for the option-bearing factors f_j, slot-major. Four draws share each pass
    /// over an L row (<see cref="VectorKernels.Dot4"/>), and the block's draws stay in cache across rows.
    /// </summary>
    private void CorrelatedSlotReturns(ReadOnlySpan<double> z, int count, ReadOnlySpan<int> slotFactors, Span<double> r)
    {
        int n = _n;
        int stride = Options.BlockSize;
        for (int j = 0; j < slotFactors.Length; j++)
        {
            int f = slotFactors[j];
            var row = _factor.AsSpan(f * n, _rowLength[f]);
            var rj = r.Slice(j * stride, count);
            int b = 0;
            for (; b + 3 < count; b += 4)
            {
                VectorKernels.Dot4(row, z.Slice(b * n, n), z.Slice((b + 1) * n, n), z.Slice((b + 2) * n, n), z.Slice((b + 3) * n, n), out double r0, out double r1, out double r2, out double r3);
                rj[b] = r0;
                rj[b + 1] = r1;
                rj[b + 2] = r2;
                rj[b + 3] = r3;
            }

            for (; b < count; b++)
            {
                rj[b] = VectorKernels.Dot(row, z.Slice(b * n, row.Length));
            }
        }
    }

    /// <summary>
    /// Lower-triangular Cholesky factor when Σ is positive definite (row f has f + 1 entries); otherwise the
    /// symmetric-PSD square root Q·√Λ from the eigen-decomposition (full rows). Row-major, n × n.
    /// </summary>
    private static (double[] Factor, int[] RowLength) Factorise(Matrix covariance)
    {
        int n = covariance.RowCount;
        var rowLength = new int[n];
        Matrix l;
        try
        {
            l = covariance.Cholesky().Factor;
            for (int f = 0; f < n; f++)
            {
                rowLength[f] = f + 1;
            }
        }
        catch (ArgumentException)
        {
            // Semi-definite (e.g. a stressed correlation at exactly ±1, or more factors than observations):
            // Guard.Covariance has already refused genuinely indefinite matrices.
            var evd = covariance.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
            l = evd.EigenVectors.Clone();
            for (int k = 0; k < n; k++)
            {
                l.SetColumn(k, evd.EigenVectors.Column(k) * Math.Sqrt(Math.Max(evd.EigenValues[k].Real, 0.0)));
            }

            Array.Fill(rowLength, n);
        }

        return (l.ToRowMajorArray(), rowLength);
    }

    /// <summary>Per-thread scratch: the block's normals and the option factors' returns.</summary>
    private sealed class Worker(int blockSize, int factors)
    {
        public double[] Normals { get; } = new double[blockSize * factors];

        public double[] SlotReturns { get; } = new double[blockSize * factors];

        public double[] PnlPlus { get; } = new double[blockSize];

        public double[] PnlMinus { get; } = new double[blockSize];

        public double[] Spots { get; } = new double[blockSize];

        public double[] Values { get; } = new double[blockSize];
    }
}
