using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LowLatency.Quant.Analytics.Snapshots;
using Matrix = MathNet.Numerics.LinearAlgebra.Matrix<double>;

namespace LowLatency.Quant.Analytics.VaR;

/// <summary>
/// Monte Carlo VaR/ES with correlated normal factor returns and full revaluation of options. Built once
/// per covariance (Cholesky factor L of h·Σ, or an eigen square root when Σ is only semi-definite) and then
/// run against snapshots, reusing its buffers. Per scenario: r = L·z; linear P&amp;L = (Lᵀw)·z (one dot
/// product, whatever the number of factors); options are repriced at S·(1 + r_f) only for the factors that
/// carry options. VaR/ES come from the empirical tail of the simulated P&amp;L (<see cref="EmpiricalTail"/>).
/// Not thread-safe: one engine per analytics thread.
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
        int slots = slotFactors.Length;
        for (int block = first; block < blocks; block += stride)
        {
            int start = block * blockSize;
            int count = Math.Min(blockSize, _draws - start);
            var rng = new Xoshiro256StarStar(Options.Seed ^ (0x9E3779B97F4A7C15UL * (ulong)(block + 1)));
            var z = worker.Normals.AsSpan(0, count * n);
            ZigguratNormal.Fill(ref rng, z);

            // Correlated returns of the option-bearing factors: r[b, j] = L[f_j, :]·z_b, row by row so
            // each L row is read once per block while the block's draws stay in cache.
            var r = worker.SlotReturns.AsSpan(0, count * Math.Max(slots, 1));
            for (int j = 0; j < slots; j++)
            {
                int f = slotFactors[j];
                var row = _factor.AsSpan(f * n, _rowLength[f]);
                for (int b = 0; b < count; b++)
                {
                    r[(b * slots) + j] = Dot(row, z.Slice(b * n, row.Length));
                }
            }

            for (int b = 0; b < count; b++)
            {
                double linearPnl = Dot(_linearLoadings, z.Slice(b * n, n));
                var slotReturns = r.Slice(b * slots, slots);
                int d = start + b;
                if (antithetic)
                {
                    _pnl[2 * d] = linearPnl + _book.OptionPnl(ref pricer, slotReturns, 1.0);
                    _pnl[(2 * d) + 1] = -linearPnl + _book.OptionPnl(ref pricer, slotReturns, -1.0);
                }
                else
                {
                    _pnl[d] = linearPnl + _book.OptionPnl(ref pricer, slotReturns, 1.0);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int i = 0;
        double sum = 0.0;
        int len = Math.Min(a.Length, b.Length);
        if (Vector.IsHardwareAccelerated && len >= 2 * Vector<double>.Count)
        {
            var av = MemoryMarshal.Cast<double, Vector<double>>(a.Slice(0, len));
            var bv = MemoryMarshal.Cast<double, Vector<double>>(b.Slice(0, len));
            var acc0 = Vector<double>.Zero;
            var acc1 = Vector<double>.Zero;
            int k = 0;

            // Two accumulators hide the add latency (4 cycles) behind the second FMA chain.
            for (; k + 1 < av.Length && k + 1 < bv.Length; k += 2)
            {
                acc0 += av[k] * bv[k];
                acc1 += av[k + 1] * bv[k + 1];
            }

            if (k < av.Length && k < bv.Length)
            {
                acc0 += av[k] * bv[k];
                k++;
            }

            sum = Vector.Sum(acc0 + acc1);
            i = k * Vector<double>.Count;
        }

        for (; i < len; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
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
    }
}
