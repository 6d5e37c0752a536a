using LowLatency.Quant.Analytics;

namespace LowLatency.Quant.Tests.Analytics;

public class VectorKernelsTests
{
    private static double[] Series(int n, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => random.NextDouble() - 0.5).ToArray();
    }

    private static double Naive(double[] a, double[] b, int n)
    {
        double s = 0;
        for (int i = 0; i < n; i++) s += a[i] * b[i];
        return s;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(500)]
    public void SimdKernelsAgreeWithTheScalarDefinitionsForEveryLengthAndTail(int n)
    {
        double[] row = Series(n, 1), z0 = Series(n + 3, 2), z1 = Series(n + 3, 3), z2 = Series(n + 3, 4), z3 = Series(n + 3, 5);
        Assert.Equal(Naive(row, z0, n), VectorKernels.Dot(row, z0.AsSpan(0, n)), 12);
        VectorKernels.Dot4(row, z0, z1, z2, z3, out double r0, out double r1, out double r2, out double r3);
        Assert.Equal(Naive(row, z0, n), r0, 12);
        Assert.Equal(Naive(row, z1, n), r1, 12);
        Assert.Equal(Naive(row, z2, n), r2, 12);
        Assert.Equal(Naive(row, z3, n), r3, 12);

        double[] sw = Series(n, 6), w = Series(n, 7), expected = (double[])sw.Clone();
        for (int i = 0; i < n; i++) expected[i] += 0.25 * row[i];
        double dot = VectorKernels.AxpyDot(0.25, row, sw, w);
        Assert.Equal(expected, sw);
        Assert.Equal(Naive(expected, w, n), dot, 12);
    }

    [Fact]
    public void Dot4RefusesVectorsShorterThanTheRow()
    {
        Assert.Throws<ArgumentException>(() => VectorKernels.Dot4(new double[8], new double[8], new double[7], new double[8], new double[8], out _, out _, out _, out _));
    }
}
