using LowLatency.Quant.Numerics;

namespace LowLatency.Quant.Tests.Numerics;

public class NormalDistributionTests
{
    // Φ(x) to 20 significant digits from 40-digit arithmetic.
    public static TheoryData<double, double> HighPrecisionValues() => new()
    {
        { -37.5, 4.6053530095819548438e-308 },
        { -37, 5.7255712225245768227e-300 },
        { -30, 4.9067139271481870595e-198 },
        { -20, 2.7536241186062336951e-89 },
        { -10, 7.619853024160526066e-24 },
        { -5, 2.8665157187919391167e-7 },
        { -3, 0.0013498980316300945267 },
        { -2, 0.0227501319481792072 },
        { -1, 0.15865525393145705141 },
        { -0.5, 0.30853753872598689636 },
        { 0, 0.5 },
        { 0.3, 0.61791142218895263307 },
        { 1.7, 0.95543453724145695634 },
        { 3, 0.99865010196836990547 },
        { 8, 0.9999999999999993779 },
    };

    [Theory]
    [MemberData(nameof(HighPrecisionValues))]
    public void CdfMatchesFortyDigitValuesToAFewUlps(double x, double expected)
    {
        Assert.True(ReferenceNormal.RelativeError(NormalDistribution.Cdf(x), expected) <= 2e-15);
        Assert.True(ReferenceNormal.RelativeError(ReferenceNormal.Cdf(x), expected) <= 4e-16, "the test reference itself drifted");
    }

    [Fact]
    public void ScalarCdfAndUpperTailAreWithinTheStatedBoundOnADenseGrid()
    {
        double worst = 0;
        for (double x = -37.5; x <= 40; x += 0.0011)
        {
            worst = Math.Max(worst, ReferenceNormal.RelativeError(NormalDistribution.Cdf(x), ReferenceNormal.Cdf(x)));
            worst = Math.Max(worst, ReferenceNormal.RelativeError(NormalDistribution.UpperTail(-x), ReferenceNormal.Cdf(x)));
        }

        Assert.True(worst <= 2e-15, $"max relative error {worst:E3}");
    }

    [Fact]
    public void PdfIsTheDerivativeOfTheCdf()
    {
        for (double x = -8; x <= 8; x += 0.25)
        {
            double h = 1e-5;
            double fd = (NormalDistribution.Cdf(x + h) - NormalDistribution.Cdf(x - h)) / (2 * h);
            Assert.Equal(fd, NormalDistribution.Pdf(x), 9);
            Assert.True(ReferenceNormal.RelativeError(NormalDistribution.Pdf(x), Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI)) <= 1e-15);
        }
    }

    [Fact]
    public void ScalarAndVectorCdfAgreeToTheLastFewBits()
    {
        double[] x = new double[4096];
        var rnd = new Random(3);
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = (rnd.NextDouble() - 0.5) * 76;
        }

        double[] y = new double[x.Length];
        VectorMath.NormCdf(x, y);
        for (int i = 0; i < x.Length; i++)
        {
            Assert.True(ReferenceNormal.RelativeError(y[i], NormalDistribution.Cdf(x[i])) <= 1e-15, $"x={x[i]}");
        }
    }

    [Fact]
    public void NonFiniteInputsGiveTheLimits()
    {
        Assert.Equal(0.0, NormalDistribution.Cdf(double.NegativeInfinity));
        Assert.Equal(1.0, NormalDistribution.Cdf(double.PositiveInfinity));
        Assert.True(double.IsNaN(NormalDistribution.Cdf(double.NaN)));
        Assert.Equal(0.0, NormalDistribution.Pdf(double.PositiveInfinity));
    }
}
