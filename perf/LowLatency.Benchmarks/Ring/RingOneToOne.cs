using LowLatency.Ring;
using LowLatency.Ring.Processing;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Benchmarks.Ring;

/// <summary>
/// 1 producer (caller) → 1 consumer thread through the ring, the consumer waiting with
/// <typeparamref name="TWait"/>; batch = slots claimed per Next(n) (1 = no batching).
/// </summary>
public sealed class RingOneToOne<TWait> : IThroughputContender
    where TWait : struct, IWaitStrategy
{
    private readonly RingBuffer<ValueEvent> _ring;
    private readonly BatchEventProcessor<ValueEvent, SumHandler, TWait> _processor;
    private readonly Thread _thread;
    private readonly int _batch;
    private readonly string _waitName;

    public RingOneToOne(int batch, TWait wait, string waitName)
    {
        _batch = batch;
        _waitName = waitName;
        _ring = RingBuffer<ValueEvent>.CreateSingleProducer(RingSizes.Throughput, wait);
        _processor = new BatchEventProcessor<ValueEvent, SumHandler, TWait>(_ring, _ring.NewBarrier(), default);
        _ring.AddGatingSequences(_processor.Sequence);
        _thread = _processor.Start("ring-consumer");
    }

    public string Name => _batch == 1 ? $"ring 1P1C {_waitName}, no batch" : $"ring 1P1C {_waitName}, batch {_batch}";

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
        var spinner = default(SpinWait);
        while (_processor.Sequence.Value < last)
        {
            spinner.SpinOnce(sleep1Threshold: -1); // benchmark only: wait for the consumer to have everything
        }
    }

    public void Dispose()
    {
        _processor.Halt();
        _thread.Join();
    }
}
