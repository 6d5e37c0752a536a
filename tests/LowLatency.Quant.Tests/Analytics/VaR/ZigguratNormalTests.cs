using LowLatency.Quant.Analytics.VaR;
using MathNet.Numerics.Distributions;

namespace LowLatency.Quant.Tests.Analytics.VaR;

public class ZigguratNormalTests
{
    [Fact]
    public void DrawsAreStandardNormalByMomentsTailsAndKolmogorovSmirnov()
    {
        const int n = 400_000;
        var draws = new double[n];
        var rng = new Xoshiro256StarStar(12345);
        ZigguratNormal.Fill(ref rng, draws);

        double mean = draws.Average();
        double variance = draws.Select(x => (x - mean) * (x - mean)).Sum() / (n - 1);
        double kurtosis = draws.Select(x => Math.Pow(x - mean, 4)).Sum() / n / (variance * variance);
        Assert.InRange(mean, -0.006, 0.006);
        Assert.InRange(variance, 0.99, 1.01);
        Assert.InRange(kurtosis, 2.95, 3.05);

        // Beyond the ziggurat's base strip (|x| > 3.4426) draws come from the exact tail algorithm.
        double tailProbability = 2 * (1 - Normal.CDF(0, 1, 3.442619855899));
        double tail = draws.Count(x => Math.Abs(x) > 3.442619855899) / (double)n;
        Assert.InRange(tail, tailProbability * 0.8, tailProbability * 1.2);

        // Kolmogorov–Smirnov against Φ: the 1 % critical value is 1.63/√n.
        Array.Sort(draws);
        double d = 0;
        for (int i = 0; i < n; i++)
        {
            double f = Normal.CDF(0, 1, draws[i]);
            d = Math.Max(d, Math.Max(Math.Abs(f - (double)i / n), Math.Abs((double)(i + 1) / n - f)));
        }

        Assert.True(d < 1.63 / Math.Sqrt(n), $"KS distance {d}");
    }

    [Fact]
    public void TheSameSeedGivesTheSameStreamAndDifferentSeedsDiffer()
    {
        var a = new Xoshiro256StarStar(1);
        var b = new Xoshiro256StarStar(1);
        var c = new Xoshiro256StarStar(2);
        Assert.Equal(ZigguratNormal.Next(ref a), ZigguratNormal.Next(ref b));
        Assert.NotEqual(ZigguratNormal.Next(ref a), ZigguratNormal.Next(ref c));
    }
}
