using BenchmarkDotNet.Attributes;
using LowLatency.Venue.Matching;

namespace LowLatency.Benchmarks.Venue;

/// <summary>
/// The realistic tape through the whole FIX venue (queue hand-off, matching, 35=8 to the owners, 35=X to a full-depth
/// subscriber, file store, hand-off to the transport) against the bare matching engine (baseline), one command per
/// duty cycle (latency mode: market data flushed per command) and 32 per cycle (load: one flush per burst). B/op must
/// be 0 on every line. The transport is the in-process sink of <see cref="InProcessVenue"/>.
/// </summary>
public class VenueGatewayBenchmarks
{
    private const int Commands = 20_000;

    private TapeCommand[] _tape = [];
    private MatchingEngine<BenchListener> _engine = null!;
    private InProcessVenue _venue = null!;

    [GlobalSetup]
    public void Setup()
    {
        _tape = OrderTape.Build(TapeMix.Realistic, Commands);
        _engine = new MatchingEngine<BenchListener>(OrderTape.Instruments(), default, OrderTape.Options());
        _venue = new InProcessVenue();
    }

    [GlobalCleanup]
    public void Cleanup() => _venue.Dispose();

    /// <summary>Keeps the FIX stores from filling the disk over a run (outside the measured invokes).</summary>
    [IterationCleanup(Targets = [nameof(GatewayOneCommandPerCycle), nameof(GatewayBurstsOf32)])]
    public void ResetStores() => _venue.ResetStores();

    [Benchmark(Baseline = true, OperationsPerInvoke = Commands)]
    public long MatchingOnly()
    {
        for (int i = 0; i < _tape.Length; i++)
        {
            OrderTape.Apply(_engine, in _tape[i]);
        }

        return _engine.Listener.Checksum;
    }

    [Benchmark(OperationsPerInvoke = Commands)]
    public long GatewayOneCommandPerCycle()
    {
        long work = 0;
        for (int i = 0; i < _tape.Length; i++)
        {
            _venue.Post(in _tape[i]);
            work += _venue.DoWork();
        }

        return work;
    }

    [Benchmark(OperationsPerInvoke = Commands)]
    public long GatewayBurstsOf32()
    {
        long work = 0;
        for (int i = 0; i < _tape.Length; i++)
        {
            _venue.Post(in _tape[i]);
            if ((i & 31) == 31)
            {
                work += _venue.DoWork();
            }
        }

        work += _venue.DoWork();
        return work;
    }
}
