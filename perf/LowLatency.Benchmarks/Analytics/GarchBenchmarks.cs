using BenchmarkDotNet.Attributes;
using LowLatency.Quant.Analytics.Volatility;
using MathNet.Numerics.Random;

namespace LowLatency.Benchmarks.Analytics;

/// <summary>GARCH(1,1) maximum-likelihood fit (with standard errors) on 2,000 simulated daily returns.</summary>
[MemoryDiagnoser]
public class GarchBenchmarks
{
    private double[] _returns = null!;

    [GlobalSetup]
    public void Setup()
    {
        _returns = new double[2_000];
        Garch11.Simulate(new Garch11Parameters(2e-6, 0.08, 0.90), _returns, new Xoshiro256StarStar(42));
    }

    [Benchmark]
    public double Fit2000Returns() => Garch11.Fit(_returns).Parameters.Persistence;
}
