using LowLatency.Ring;
using LowLatency.Ring.Dsl;
using LowLatency.Ring.Processing;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Benchmarks.Ring;

/// <summary>
/// 1 producer → A → B → C (each stage waits on the previous). Yielding, not busy-spin: four threads on the
/// shared 2-core box would otherwise spin against each other and measure the OS scheduler.
/// </summary>
public sealed class RingThreeStage : IThroughputContender
{
    private readonly RingBuffer<ValueEvent> _ring;
    private readonly Pipeline<ValueEvent, YieldingWaitStrategy> _pipeline;
    private readonly IEventProcessor _last;

    public RingThreeStage()
    {
        _ring = RingBuffer<ValueEvent>.CreateSingleProducer(RingSizes.Throughput, new YieldingWaitStrategy());
        _pipeline = new Pipeline<ValueEvent, YieldingWaitStrategy>(_ring);
        var a = _pipeline.HandleEventsWith(new IncrementHandler(), "stage-a");
        var b = _pipeline.After(a).HandleEventsWith(new IncrementHandler(), "stage-b");
        _last = _pipeline.After(b).HandleEventsWith(new SumHandler(), "stage-c");
        _pipeline.Start();
    }

    public string Name => "ring 3-stage A→B→C yielding, batch 10";

    public void Run(long events)
    {
        var ring = _ring;
        for (long i = 0; i < events; i += 10)
        {
            int n = (int)Math.Min(10, events - i);
            long hi = ring.Next(n);
            long lo = hi - n + 1;
            for (long s = lo; s <= hi; s++)
            {
                ring[s].Value = s;
            }

            ring.Publish(lo, hi);
        }

        long last = ring.Cursor;
        while (_last.Sequence.Value < last)
        {
            Thread.Yield();
        }
    }

    public void Dispose() => _pipeline.Halt(TimeSpan.FromSeconds(10));
}
