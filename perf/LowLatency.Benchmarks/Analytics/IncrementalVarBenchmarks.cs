using BenchmarkDotNet.Attributes;
using LowLatency.Quant.Analytics.VaR;

namespace LowLatency.Benchmarks.Analytics;

/// <summary>
/// Parametric VaR of 500 positions after one tick (target ≤ 1 µs for a pre-trade check). Baseline: the
/// full O(n²) recompute of wᵀΣw the cache avoids. Each invoke runs <see cref="Ticks"/> operations.
/// </summary>
[MemoryDiagnoser]
public class IncrementalVarBenchmarks
{
    private const int Ticks = 256;
    private IncrementalParametricVar _engine = null!;
    private double[] _exposures = null!;
    private int[] _legFactors = null!;
    private double[] _legDeltas = null!;
    private int _tick;

    [Params(500)]
    public int Factors { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = new IncrementalParametricVar(AnalyticsBooks.Covariance(Factors), 0.99);
        _exposures = AnalyticsBooks.Linear(Factors).DeltaExposures.ToArray();
        _engine.SetExposures(_exposures);
        _legFactors = [3, 77, 150, 420];
        _legDeltas = [1e5, -5e4, 2e4, -1e5];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Ticks)]
    public double FullRecompute()
    {
        double sum = 0.0;
        for (int k = 0; k < Ticks; k++)
        {
            _exposures[_tick++ % Factors] += 1.0;
            sum += _engine.Resynchronise();
        }

        return sum + _engine.ValueAtRisk;
    }

    [Benchmark(OperationsPerInvoke = Ticks)]
    public double TickUpdateThenVar()
    {
        double sum = 0.0;
        for (int k = 0; k < Ticks; k++)
        {
            _engine.AddExposure(_tick++ % Factors, (k & 1) == 0 ? 1e3 : -1e3);
            sum += _engine.ValueAtRisk;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Ticks)]
    public double PreTradeCheckSingleFactor()
    {
        double sum = 0.0;
        for (int k = 0; k < Ticks; k++)
        {
            _engine.CheckTrade(_tick++ % Factors, 5e4, 1e9, out double after);
            sum += after;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Ticks)]
    public double PreTradeCheckFourLegs()
    {
        double sum = 0.0;
        for (int k = 0; k < Ticks; k++)
        {
            _engine.CheckTrade(_legFactors, _legDeltas, 1e9, out double after);
            sum += after;
        }

        return sum;
    }
}
