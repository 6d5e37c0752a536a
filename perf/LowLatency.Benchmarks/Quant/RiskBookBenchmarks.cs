using BenchmarkDotNet.Attributes;
using LowLatency.Core.Ids;
using LowLatency.Quant.Exposure;

namespace LowLatency.Benchmarks.Quant;

/// <summary>
/// Per-tick incremental update with 200 options on the ticked underlying (book of 50 underlyings = 10,050
/// positions), exact and with a 1 ms time cache, a fill, and a full recompute of the 10,050-position portfolio for comparison.
/// </summary>
[MemoryDiagnoser]
public class RiskBookBenchmarks
{
    private PortfolioRiskBook _book = null!;
    private PortfolioRiskBook _cached = null!;
    private long _ns;
    private long _cachedNs;
    private double _price = 100;
    private double _cachedPrice = 100;
    private int _underlying;

    [GlobalSetup]
    public void Setup()
    {
        _book = QuantBenchmarkData.Book(underlyings: 50, optionsPerUnderlying: 200);
        _cached = QuantBenchmarkData.Book(underlyings: 50, optionsPerUnderlying: 200, timeResolution: TimeSpan.FromMilliseconds(1));
        _ns = QuantBenchmarkData.NowNs;
        _cachedNs = QuantBenchmarkData.NowNs;
    }

    /// <summary>One tick on one underlying: reprice its 200 options, re-aggregate, move the totals.</summary>
    [Benchmark(Baseline = true)]
    public void TickOneUnderlyingWith200Options()
    {
        _ns += 1_000_000;
        _price = _price > 110 ? 90 : _price + 0.01;
        _book.OnTick(new InstrumentId(1), _price, _ns);
    }

    /// <summary>
    /// The same tick on a book with a 1 ms time resolution and a tick every 10 µs: the time cache is refreshed on
    /// one tick in 100 (its cost amortised in the mean), the others run the spot pass only.
    /// </summary>
    [Benchmark]
    public void TickOneUnderlyingWith200OptionsCached1ms()
    {
        _cachedNs += 10_000;
        _cachedPrice = _cachedPrice > 110 ? 90 : _cachedPrice + 0.01;
        _cached.OnTick(new InstrumentId(1), _cachedPrice, _cachedNs);
    }

    /// <summary>Ticks rotating over the 50 underlyings (the range is no longer hot in L1).</summary>
    [Benchmark]
    public void TickRotatingUnderlyings()
    {
        _ns += 1_000_000;
        _underlying = _underlying == 50 ? 1 : _underlying + 1;
        _book.OnTick(new InstrumentId(_underlying), 100 + (_underlying & 7) * 0.01, _ns);
    }

    /// <summary>A fill on one option: re-aggregation of its underlying without repricing.</summary>
    [Benchmark]
    public void FillOneOption() => _book.ApplyFill(new InstrumentId(1_001), 0.1, 5);

    /// <summary>Full recompute of all 10,050 positions (what the incremental path avoids), per position.</summary>
    [Benchmark(OperationsPerInvoke = 10_050)]
    public void FullRecomputePerPosition() => _book.RecomputeAll();
}
