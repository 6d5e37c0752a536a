using LowLatency.Quant.Numerics;

namespace LowLatency.Quant.Tests.Numerics;

public class VectorMathTests
{
    private const double SmallestNormal = 2.2250738585072014E-308;

    [Fact]
    public void TheSimdPathIsActiveOnThisMachine()
    {
        // The kernels fall back to scalar without AVX2; on the reference host they must not.
        Assert.True(VectorMath.IsAccelerated);
    }

    [Fact]
    public void ExpIsWithinItsStatedBoundOfMathExpOnADenseGridAndRandomPoints()
    {
        var x = new List<double>();
        for (double v = -708; v <= 709.7; v += 0.0137)
        {
            x.Add(v);
        }

        var rnd = new Random(7);
        for (int i = 0; i < 20_000; i++)
        {
            x.Add((rnd.NextDouble() - 0.5) * 1e-3);
            x.Add(-708 + rnd.NextDouble() * 1417.7);
        }

        double[] input = x.ToArray();
        double[] output = new double[input.Length];
        VectorMath.Exp(input, output);
        double worst = 0;
        for (int i = 0; i < input.Length; i++)
        {
            worst = Math.Max(worst, ReferenceNormal.RelativeError(output[i], Math.Exp(input[i])));
        }

        Assert.True(worst <= 4e-16, $"max relative error {worst:E3}");
    }

    [Fact]
    public void ExpUnderflowsOverflowsAndPropagatesNaNLikeMathExp()
    {
        double[] input = [-746, -1e300, double.NegativeInfinity, 709.79, 1e300, double.PositiveInfinity, double.NaN, 0, -720, -744, -740, -708.5];
        double[] output = new double[input.Length];
        VectorMath.Exp(input, output);
        for (int i = 0; i < input.Length; i++)
        {
            double expected = Math.Exp(input[i]);
            if (expected is > 0 and < SmallestNormal)
            {
                // Subnormal results: one rounding at subnormal precision, so compare in absolute terms.
                Assert.True(Math.Abs(output[i] - expected) <= 2 * double.Epsilon, $"exp({input[i]}) = {output[i]} vs {expected}");
            }
            else
            {
                Assert.Equal(expected, output[i]);
            }
        }
    }

    [Fact]
    public void LogIsWithinItsStatedBoundOfMathLogFromSubnormalsToTheLargestDouble()
    {
        var rnd = new Random(11);
        var x = new List<double>();
        for (int i = 0; i < 200_000; i++)
        {
            x.Add(Math.Exp(-744 + rnd.NextDouble() * 1453));
        }

        for (int i = 0; i < 50_000; i++)
        {
            x.Add(1 + (rnd.NextDouble() - 0.5) * 1e-2);
            x.Add(1 + (rnd.NextDouble() - 0.5) * 1e-10);
        }

        x.AddRange([double.MaxValue, SmallestNormal, double.Epsilon, 1e-310, 0.5, 2, Math.Sqrt(0.5), Math.Sqrt(2), Math.BitDecrement(1.0), Math.BitIncrement(1.0)]);
        double[] input = x.ToArray();
        double[] output = new double[input.Length];
        VectorMath.Log(input, output);
        double worst = 0;
        for (int i = 0; i < input.Length; i++)
        {
            worst = Math.Max(worst, ReferenceNormal.RelativeError(output[i], Math.Log(input[i])));
        }

        Assert.True(worst <= 4e-16, $"max relative error {worst:E3}");
    }

    [Fact]
    public void LogOfSpecialValuesMatchesIeeeConventions()
    {
        double[] input = [0, double.PositiveInfinity, -1, double.NaN, 1, -0.0, double.NegativeInfinity, 8];
        double[] output = new double[input.Length];
        VectorMath.Log(input, output);
        Assert.Equal(double.NegativeInfinity, output[0]);
        Assert.Equal(double.PositiveInfinity, output[1]);
        Assert.True(double.IsNaN(output[2]));
        Assert.True(double.IsNaN(output[3]));
        Assert.Equal(0.0, output[4]);
        Assert.Equal(double.NegativeInfinity, output[5]);
        Assert.True(double.IsNaN(output[6]));
        Assert.Equal(Math.Log(8), output[7], 15);
    }

    [Fact]
    public void NormCdfKeepsRelativeAccuracyOverMinus40To40IncludingTheLowerTail()
    {
        var x = new List<double>();
        for (double v = -40; v <= 40; v += 0.0007)
        {
            x.Add(v);
        }

        double[] input = x.ToArray();
        double[] output = new double[input.Length];
        VectorMath.NormCdf(input, output);
        double worstRelative = 0;
        double worstAbsoluteInSubnormalTail = 0;
        for (int i = 0; i < input.Length; i++)
        {
            double expected = ReferenceNormal.Cdf(input[i]);
            Assert.True(output[i] is >= 0 and <= 1, $"Φ({input[i]}) = {output[i]}");
            if (expected >= SmallestNormal)
            {
                worstRelative = Math.Max(worstRelative, ReferenceNormal.RelativeError(output[i], expected));
            }
            else
            {
                worstAbsoluteInSubnormalTail = Math.Max(worstAbsoluteInSubnormalTail, Math.Abs(output[i] - expected));
            }
        }

        Assert.True(worstRelative <= 2e-15, $"max relative error {worstRelative:E3}");
        Assert.True(worstAbsoluteInSubnormalTail <= 1e-300, $"max absolute error below the normal range {worstAbsoluteInSubnormalTail:E3}");
    }

    [Fact]
    public void NormCdfOfNonFiniteInputsIsZeroOneOrNaN()
    {
        double[] input = [double.NegativeInfinity, double.PositiveInfinity, double.NaN, -1e300, 1e300, 0];
        double[] output = new double[input.Length];
        VectorMath.NormCdf(input, output);
        Assert.Equal([0.0, 1.0], output[..2]);
        Assert.True(double.IsNaN(output[2]));
        Assert.Equal([0.0, 1.0, 0.5], output[3..]);
    }

    [Fact]
    public void SpanKernelsHandleEveryLengthWithTheScalarTail()
    {
        for (int n = 0; n <= 11; n++)
        {
            double[] x = new double[n];
            for (int i = 0; i < n; i++)
            {
                x[i] = -3 + 0.7 * i;
            }

            double[] y = new double[n];
            VectorMath.NormCdf(x, y);
            for (int i = 0; i < n; i++)
            {
                Assert.True(ReferenceNormal.RelativeError(y[i], ReferenceNormal.Cdf(x[i])) <= 2e-15, $"n={n} i={i}");
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void The256And512BitPathsReturnBitIdenticalResults(int function)
    {
        var rnd = new Random(17 + function);
        double[] x = new double[10_001];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = function switch
            {
                0 => -750 + rnd.NextDouble() * 1465,
                1 => Math.Exp(-740 + rnd.NextDouble() * 1450),
                _ => (rnd.NextDouble() - 0.5) * 82,
            };
        }

        double[] y256 = new double[x.Length];
        double[] y512 = new double[x.Length];
        VectorMath.ApplyAtWidth(256, function, x, y256);
        VectorMath.ApplyAtWidth(512, function, x, y512);
        Assert.Equal(y256, y512);
    }

    [Fact]
    public void TheVector256OverloadsMatchTheSpanKernels()
    {
        var x = System.Runtime.Intrinsics.Vector256.Create(-30.5, -1.25, 0.75, 12.0);
        double[] xs = [-30.5, -1.25, 0.75, 12.0];
        double[] y = new double[4];
        VectorMath.ApplyAtWidth(256, 2, xs, y);
        Assert.Equal(y, ToArray(VectorMath.NormCdf(x)));
        VectorMath.ApplyAtWidth(256, 0, xs, y);
        Assert.Equal(y, ToArray(VectorMath.Exp(x)));
        Assert.Equal(Math.Log(12.0), VectorMath.Log(System.Runtime.Intrinsics.Vector256.Create(12.0))[2], 15);
        Assert.Equal(Math.Exp(-0.5) / Math.Sqrt(2 * Math.PI), VectorMath.NormPdf(System.Runtime.Intrinsics.Vector256.Create(1.0))[0], 15);
    }

    private static double[] ToArray(System.Runtime.Intrinsics.Vector256<double> v) => [v[0], v[1], v[2], v[3]];

    [Fact]
    public void SpanKernelsRefuseAnOutputShorterThanTheInput()
    {
        Assert.Throws<ArgumentException>(() => VectorMath.Exp(new double[5], new double[4]));
    }
}
