using System.Runtime.Intrinsics;
using LowLatency.Quant.Numerics;

namespace LowLatency.Quant.Tests.Numerics;

/// <summary>Φ at two points sharing one division (the risk book's spot pass) against an independent reference.</summary>
public class NormCdfPairTests
{
    private const double SmallestNormal = 2.2250738585072014E-308;

    [Fact]
    public void TwoCdfsSharingOneDivisionKeepTheRelativeAccuracyOfTheSingleForm()
    {
        var rnd = new Random(11);
        double worst = 0;
        double[] a = new double[Vector256<double>.Count];
        double[] b = new double[Vector256<double>.Count];
        for (int k = 0; k < 20_000; k++)
        {
            for (int j = 0; j < a.Length; j++)
            {
                a[j] = (rnd.NextDouble() - 0.5) * 80;
                b[j] = (rnd.NextDouble() - 0.5) * (k % 2 == 0 ? 80 : 2); // near and far pairs
            }

            Vector256<double> x1 = Vector256.Create(a);
            Vector256<double> x2 = Vector256.Create(b);
            Vector256<double> d1 = SimdMath256.TailDenominator(x1);
            Vector256<double> d2 = SimdMath256.TailDenominator(x2);
            Vector256<double> inv = Vector256.Create(4.0) / (d1 * d2);
            Vector256<double> n1 = SimdMath256.NormCdfOfU(x1, SimdMath256.HalfSquareExpOfAbs(x1), d2 * inv);
            Vector256<double> n2 = SimdMath256.NormCdfOfU(x2, SimdMath256.HalfSquareExpOfAbs(x2), d1 * inv);
            for (int j = 0; j < a.Length; j++)
            {
                foreach ((double x, double actual) in (ReadOnlySpan<(double, double)>)[(a[j], n1[j]), (b[j], n2[j])])
                {
                    double expected = ReferenceNormal.Cdf(x);
                    Assert.True(actual is >= 0 and <= 1, $"Φ({x}) = {actual}");
                    if (expected >= SmallestNormal)
                    {
                        worst = Math.Max(worst, ReferenceNormal.RelativeError(actual, expected));
                    }
                }
            }
        }

        // The single-division form is held to 2e-15; sharing the division adds about 1.5 ulps to u.
        Assert.True(worst <= 3e-15, $"max relative error {worst:E3}");
    }
}
