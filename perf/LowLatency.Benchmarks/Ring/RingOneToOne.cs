using LowLatency.Ring;
using LowLatency.Ring.Processing;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Benchmarks.Ring;

/// <summary>1 producer (caller) → 1 busy-spin consumer thread through the ring; batch = claims per Next(n).</summary>
public sealed class RingOneToOne : IThroughputContender
{
    public const int BufferSize = 1 << 16;

    private readonly RingBuffer<ValueEvent> _ring;
    private readonly BatchEventProcessor<ValueEvent, SumHandler, BusySpinWaitStrategy> _processor;
    private readonly Thread _thread;
    private readonly int _batch;

    public RingOneToOne(int batch)
    {
        _batch = batch;
        _ring = RingBuffer<ValueEvent>.CreateSingleProducer(BufferSize, new BusySpinWaitStrategy());
        _processor = new BatchEventProcessor<ValueEvent, SumHandler, BusySpinWaitStrategy>(_ring, _ring.NewBarrier(), default);
        _ring.AddGatingSequences(_processor.Sequence);
        _thread = _processor.Start("ring-consumer");
    }

    public string Name => _batch == 1 ? "ring 1P1C busy-spin, no batch" : $"ring 1P1C busy-spin, batch {_batch}";

    public void Run(long events)
    {
        var ring = _ring;
        if (_batch == 1)
        {
            for (long i = 0; i < events; i++)
            {
                long seq = ring.Next();
                ring[seq].Value = i;
                ring.Publish(seq);
            }
        }
        else
        {
            int batch = _batch;
            for (long i = 0; i < events; i += batch)
            {
                int n = (int)Math.Min(batch, events - i);
                long hi = ring.Next(n);
                long lo = hi - n + 1;
                for (long s = lo; s <= hi; s++)
                {
                    ring[s].Value = s;
                }

                ring.Publish(lo, hi);
            }
        }

        long last = ring.Cursor;
        while (_processor.Sequence.Value < last)
        {
            // benchmark only: the producer spins until the consumer has everything
        }
    }

    public void Dispose()
    {
        _processor.Halt();
        _thread.Join();
    }
}
