using BenchmarkDotNet.Attributes;
using LowLatency.Quant.Analytics.Snapshots;
using LowLatency.Quant.Analytics.VaR;

namespace LowLatency.Benchmarks.Analytics;

/// <summary>
/// Monte Carlo VaR, 10,000 scenarios × 500 positions (target ≤ 250 ms). Books: 500 linear positions on 500
/// factors; 50 underlyings with 50 hedges + 450 options; and the worst case, 500 factors each carrying an
/// option and no hedges (every correlated draw needed). Options are revalued with the Greeks closed form through
/// <see cref="BlackScholesPricer"/> (SIMD kernel per block of scenarios).
/// </summary>
[MemoryDiagnoser]
public class MonteCarloVarBenchmarks
{
    private MonteCarloVarEngine _engine = null!;
    private RiskSnapshot _book = null!;

    [Params("Linear500", "Options450On50", "Options500On500")]
    public string Book { get; set; } = "Linear500";

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (int factors, _book) = Book switch
        {
            "Linear500" => (500, AnalyticsBooks.Linear(500)),
            "Options450On50" => (50, AnalyticsBooks.WithOptions(50, 450, hedges: true)),
            _ => (500, AnalyticsBooks.WithOptions(500, 500, hedges: false)),
        };
        _engine = new MonteCarloVarEngine(AnalyticsBooks.Covariance(factors), new MonteCarloVarOptions { Scenarios = 10_000, MaxDegreeOfParallelism = Threads });
    }

    [Benchmark]
    public double TenThousandScenarios() => _engine.Compute(_book, 0.99, new BlackScholesPricer()).ValueAtRisk;
}
