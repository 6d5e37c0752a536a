using System.Collections.Concurrent;

namespace LowLatency.Benchmarks.Ring;

/// <summary>Baseline: a bounded <see cref="BlockingCollection{T}"/> over a ConcurrentQueue, same capacity as the ring.</summary>
public sealed class BlockingCollectionOneToOne : IThroughputContender
{
    private readonly BlockingCollection<ValueEvent> _queue = new(new ConcurrentQueue<ValueEvent>(), RingSizes.Throughput);
    private readonly Thread _consumer;
    private long _consumed;
    private long _sum;

    public BlockingCollectionOneToOne()
    {
        _consumer = new Thread(Consume) { IsBackground = true, Name = "bc-consumer" };
        _consumer.Start();
    }

    public string Name => "BlockingCollection bounded";

    private void Consume()
    {
        long count = 0;
        long sum = 0;
        while (_queue.TryTake(out var e, Timeout.Infinite))
        {
            sum += e.Value;
            Volatile.Write(ref _consumed, ++count);
        }

        _sum = sum;
    }

    public void Run(long events)
    {
        long target = Volatile.Read(ref _consumed) + events;
        for (long i = 0; i < events; i++)
        {
            _queue.Add(new ValueEvent { Value = i });
        }

        var spinner = default(SpinWait);
        while (Volatile.Read(ref _consumed) < target)
        {
            spinner.SpinOnce();
        }
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        _consumer.Join();
        _queue.Dispose();
        GC.KeepAlive(_sum);
    }
}
