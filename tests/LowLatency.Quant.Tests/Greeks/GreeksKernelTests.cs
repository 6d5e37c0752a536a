using LowLatency.Model.Instruments;
using LowLatency.Quant.Greeks;
using LowLatency.Testing;

namespace LowLatency.Quant.Tests.Greeks;

public class GreeksKernelTests
{
    private sealed class Batch
    {
        public Batch(int n)
        {
            S = new double[n];
            K = new double[n];
            T = new double[n];
            Vol = new double[n];
            R = new double[n];
            Q = new double[n];
            W = new double[n];
            F = new double[n];
            Out = new double[6][];
            for (int i = 0; i < 6; i++)
            {
                Out[i] = new double[n];
            }
        }

        public double[] S, K, T, Vol, R, Q, W, F;
        public double[][] Out;

        public OptionBatch Input => new(S, K, T, Vol, R, Q, W, F);

        public GreeksBatch Output => new(Out[0], Out[1], Out[2], Out[3], Out[4], Out[5]);

        public static Batch Random(int n, int seed)
        {
            var rnd = new Random(seed);
            var b = new Batch(n);
            for (int i = 0; i < n; i++)
            {
                b.S[i] = 100;
                b.K[i] = 100 * Math.Exp((rnd.NextDouble() - 0.5) * 2);
                b.T[i] = rnd.Next(8) == 0 ? 0 : Math.Exp(-7 + rnd.NextDouble() * 9);
                b.Vol[i] = rnd.Next(10) == 0 ? 0 : 0.02 + rnd.NextDouble() * 2;
                b.R[i] = (rnd.NextDouble() - 0.3) * 0.2;
                b.Q[i] = (rnd.NextDouble() - 0.3) * 0.1;
                b.W[i] = rnd.Next(2) == 0 ? 1 : -1;
                b.F[i] = rnd.Next(3) == 0 ? 1 : 0;
            }

            // Awkward cases at the front so every vector lane position sees one.
            double[] ks = [1e-12, 1e12, 100, 100, 100, 1e-3, 1e3, 100, 100];
            double[] ts = [1, 1, 0, 1e-14, 100, 0, 0, 1, 1];
            double[] vols = [0.2, 0.2, 0.3, 0.3, 10, 0, 0, 0, 1e-7];
            for (int i = 0; i < ks.Length && i < n; i++)
            {
                b.K[i] = ks[i];
                b.T[i] = ts[i];
                b.Vol[i] = vols[i];
            }

            return b;
        }
    }

    [Theory]
    [InlineData(256)]
    [InlineData(512)]
    public void SimdAndScalarPathsAgreeWithinOneInATrillionOnRandomAndEdgeInputs(int bits)
    {
        Batch simd = Batch.Random(10_003, 5);
        Batch scalar = Batch.Random(10_003, 5);
        GreeksKernel.ComputeSimd(simd.Input, simd.Output, bits);
        GreeksKernel.ComputeScalar(scalar.Input, scalar.Output);
        string[] names = ["price", "delta", "gamma", "vega", "theta", "rho"];
        for (int j = 0; j < 6; j++)
        {
            for (int i = 0; i < simd.S.Length; i++)
            {
                double a = simd.Out[j][i];
                double b = scalar.Out[j][i];
                Assert.True(double.IsFinite(a), $"{names[j]}[{i}] = {a}");
                // Relative to the option's natural scale (S + K for prices, 1 for delta) so values that
                // are zero up to rounding in one path do not blow up the ratio.
                double scale = j == 1 ? 1 : j == 2 ? Math.Abs(b) + 1e-9 : simd.S[i] + simd.K[i];
                Assert.True(Math.Abs(a - b) <= 1e-12 * Math.Max(Math.Abs(b), scale), $"{names[j]}[{i}]: simd {a} scalar {b}");
            }
        }
    }

    [Fact]
    public void TheKernelMatchesTheScalarPricerForEveryTailLength()
    {
        for (int n = 0; n <= 9; n++)
        {
            Batch b = Batch.Random(n, 100 + n);
            GreeksKernel.Compute(b.Input, b.Output);
            for (int i = 0; i < n; i++)
            {
                OptionGreeks g = OptionPricer.Greeks(b.W[i] > 0 ? OptionRight.Call : OptionRight.Put, b.F[i] > 0 ? PricingModel.Black76 : PricingModel.BlackScholesMerton, b.S[i], b.K[i], b.T[i], b.Vol[i], b.R[i], b.Q[i]);
                Assert.Equal(g.Price, b.Out[0][i], 1e-12 * (b.S[i] + b.K[i]));
                Assert.Equal(g.Delta, b.Out[1][i], 1e-12);
            }
        }
    }

    [Fact]
    public void ValidateNamesTheFirstBadOptionAndTheReason()
    {
        Batch b = Batch.Random(16, 1);
        Assert.Equal(RiskInputError.None, GreeksKernel.Validate(b.Input, out int index));
        Assert.Equal(-1, index);
        b.Vol[9] = -0.1;
        b.T[12] = double.NaN;
        Assert.Equal(RiskInputError.NegativeVolatility, GreeksKernel.Validate(b.Input, out index));
        Assert.Equal(9, index);
        b.Vol[9] = 0.1;
        Assert.Equal(RiskInputError.NotFinite, GreeksKernel.Validate(b.Input, out index));
        Assert.Equal(12, index);
        b.T[12] = 1;
        b.W[3] = 0.5;
        Assert.Equal(RiskInputError.NotApplicable, GreeksKernel.Validate(b.Input, out index));
        Assert.Equal(3, index);
    }

    [Fact]
    public void MismatchedSpanLengthsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => new OptionBatch(new double[3], new double[3], new double[3], new double[3], new double[3], new double[3], new double[3], new double[2]));
        Batch b = Batch.Random(8, 2);
        Batch small = Batch.Random(4, 2);
        Assert.Throws<ArgumentException>(() => GreeksKernel.ComputeSimd(b.Input, small.Output));
    }

    [Fact]
    public void TheSimdKernelAllocatesNothing()
    {
        Batch b = Batch.Random(1_000, 3);
        long bytes = Allocations.Measure(() => GreeksKernel.ComputeSimd(b.Input, b.Output), iterations: 100, warmup: 100);
        Assert.Equal(0, bytes);
    }
}
