using System.Threading.Channels;

namespace LowLatency.Benchmarks.Ring;

/// <summary>
/// Baseline: a bounded <see cref="Channel{T}"/> used idiomatically (TryWrite/TryRead fast paths, async
/// WaitToRead/WriteAsync when empty/full), single reader and writer, same capacity as the ring.
/// </summary>
public sealed class ChannelOneToOne : IThroughputContender
{
    private readonly Channel<ValueEvent> _channel;
    private readonly Thread _consumer;
    private long _consumed;
    private long _sum;

    public ChannelOneToOne()
    {
        _channel = Channel.CreateBounded<ValueEvent>(new BoundedChannelOptions(RingSizes.Throughput)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _consumer = new Thread(Consume) { IsBackground = true, Name = "channel-consumer" };
        _consumer.Start();
    }

    public string Name => "Channel bounded (baseline)";

    private void Consume()
    {
        var reader = _channel.Reader;
        long count = 0;
        long sum = 0;
        while (true)
        {
            while (reader.TryRead(out var e))
            {
                sum += e.Value;
                count++;
            }

            Volatile.Write(ref _consumed, count);
            if (!reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                break;
            }
        }

        _sum = sum;
    }

    public void Run(long events)
    {
        var writer = _channel.Writer;
        long target = Volatile.Read(ref _consumed) + events;
        for (long i = 0; i < events; i++)
        {
            var e = new ValueEvent { Value = i };
            if (!writer.TryWrite(e))
            {
                writer.WriteAsync(e).AsTask().GetAwaiter().GetResult();
            }
        }

        var spinner = default(SpinWait);
        while (Volatile.Read(ref _consumed) < target)
        {
            spinner.SpinOnce();
        }
    }

    public void Dispose()
    {
        _channel.Writer.Complete();
        _consumer.Join();
        GC.KeepAlive(_sum);
    }
}
