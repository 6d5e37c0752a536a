using LowLatency.Testing;
using LowLatency.Venue.Liquidity;

namespace LowLatency.Venue.Tests.Liquidity;

public class CorrelatedGbmTests
{
    private const double Dt = 1.0 / 252;
    private static readonly double[,] Correlation =
    {
        { 1.0, 0.6, -0.3 },
        { 0.6, 1.0, 0.2 },
        { -0.3, 0.2, 1.0 },
    };

    [Fact]
    public void SampleVolatilityAndCorrelationOfLogReturnsMatchTheConfiguration()
    {
        double[] vols = [0.2, 0.5, 0.8];
        var process = new CorrelatedGbm([new(100, 0.05, vols[0]), new(50, 0, vols[1]), new(10, -0.1, vols[2])], Correlation, seed: 7);
        double[][] returns = Returns(process, steps: 20_000);

        for (int i = 0; i < 3; i++)
        {
            double sampleVol = StandardDeviation(returns[i]) / Math.Sqrt(Dt);
            // Standard error of a sample volatility is σ/√(2N) ≈ 0.5% here: 3% is six of them.
            Assert.InRange(sampleVol, vols[i] * 0.97, vols[i] * 1.03);
            for (int j = 0; j < i; j++)
            {
                // Standard error of a sample correlation is (1 − ρ²)/√N ≤ 0.007 here.
                Assert.InRange(SampleCorrelation(returns[i], returns[j]), Correlation[i, j] - 0.03, Correlation[i, j] + 0.03);
            }
        }
    }

    [Fact]
    public void WithoutVolatilityThePriceGrowsExactlyAtTheDrift()
    {
        var process = new CorrelatedGbm([new(100, 0.05, 0)], new double[,] { { 1 } }, seed: 1);

        for (int i = 0; i < 252; i++)
        {
            process.Step(Dt);
        }

        Assert.Equal(100 * Math.Exp(0.05), process.Price(0), 9);
        Assert.Equal(1.0, process.TimeYears, 9);
    }

    [Fact]
    public void JumpsArriveAtTheirIntensityAndAddTheirVarianceToLogReturns()
    {
        const double lambda = 50;
        const double jumpMean = -0.02;
        const double jumpVol = 0.05;
        var process = new CorrelatedGbm([new(100, 0, 0, lambda, jumpMean, jumpVol)], new double[,] { { 1 } }, seed: 3);
        double[] returns = Returns(process, steps: 40_000)[0];

        // With no diffusion a step is the jump compensator −λ·k·dt plus any jumps: it departs from the
        // compensator only if at least one jump arrived, P = 1 − e^{−λ·dt}.
        double compensator = -lambda * (Math.Exp(jumpMean + (0.5 * jumpVol * jumpVol)) - 1) * Dt;
        double jumpFraction = returns.Count(r => Math.Abs(r - compensator) > 1e-12) / (double)returns.Length;
        Assert.InRange(jumpFraction, (1 - Math.Exp(-lambda * Dt)) - 0.01, (1 - Math.Exp(-lambda * Dt)) + 0.01);
        double expectedVariance = lambda * Dt * ((jumpMean * jumpMean) + (jumpVol * jumpVol));
        double variance = StandardDeviation(returns) * StandardDeviation(returns);
        Assert.InRange(variance, expectedVariance * 0.9, expectedVariance * 1.1);
    }

    [Fact]
    public void TheSameSeedGivesTheSamePathAndAnotherSeedADifferentOne()
    {
        CorrelatedGbm Make(int seed) => new([new(100, 0, 0.4, 5, 0, 0.1), new(20, 0, 0.3)], new double[,] { { 1, 0.5 }, { 0.5, 1 } }, seed);
        CorrelatedGbm a = Make(11), b = Make(11), c = Make(12);

        for (int i = 0; i < 500; i++)
        {
            a.Step(Dt);
            b.Step(Dt);
            c.Step(Dt);
        }

        Assert.Equal(a.Prices.ToArray(), b.Prices.ToArray());
        Assert.NotEqual(a.Prices.ToArray(), c.Prices.ToArray());
    }

    [Fact]
    public void SteppingAllocatesNothingAfterWarmUp()
    {
        var process = new CorrelatedGbm([new(100, 0, 0.2, 10, 0, 0.05), new(50, 0, 0.5), new(10, 0, 0.8)], Correlation, seed: 5);

        Assert.Equal(0, Allocations.MeasureSteadyState(() => process.Step(Dt), iterations: 10_000, warmup: 10_000));
    }

    [Theory]
    [InlineData(new[] { 1.0, 0.5, 0.4, 1.0 }, "must be equal")]
    [InlineData(new[] { 2.0, 0.0, 0.0, 1.0 }, "diagonal entry [0,0] must be 1")]
    [InlineData(new[] { 1.0, 1.0, 1.0, 1.0 }, "not positive definite")]
    public void AMatrixThatIsNotACorrelationMatrixIsRefusedWithTheReason(double[] entries, string reason)
    {
        var matrix = new double[2, 2] { { entries[0], entries[1] }, { entries[2], entries[3] } };

        Assert.False(CorrelatedGbm.TryFactorize(matrix, out _, out string? problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
        var error = Assert.Throws<ArgumentException>(() => new CorrelatedGbm([new(1, 0, 0.1), new(1, 0, 0.1)], matrix, 1));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private static double[][] Returns(CorrelatedGbm process, int steps)
    {
        var returns = new double[process.Count][];
        for (int i = 0; i < process.Count; i++)
        {
            returns[i] = new double[steps];
        }

        double[] previous = process.Prices.ToArray();
        for (int s = 0; s < steps; s++)
        {
            process.Step(Dt);
            for (int i = 0; i < process.Count; i++)
            {
                returns[i][s] = Math.Log(process.Price(i) / previous[i]);
                previous[i] = process.Price(i);
            }
        }

        return returns;
    }

    private static double StandardDeviation(double[] x)
    {
        double mean = x.Average();
        return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
    }

    private static double SampleCorrelation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }
}
