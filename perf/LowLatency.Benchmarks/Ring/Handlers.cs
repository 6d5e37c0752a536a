using LowLatency.Ring;
using LowLatency.Ring.Processing;

namespace LowLatency.Benchmarks.Ring;

/// <summary>Consumer that folds every value into a sum (so the JIT cannot drop the read).</summary>
public struct SumHandler : IEventHandler<ValueEvent>
{
    public long Sum;

    public void OnEvent(ref ValueEvent e, long sequence, bool endOfBatch) => Sum += e.Value;

    public readonly void OnBatchStart(long batchSize)
    {
    }

    public readonly void OnStart()
    {
    }

    public readonly void OnShutdown()
    {
    }

    public readonly void OnTimeout(long sequence)
    {
    }
}

/// <summary>Pipeline stage that transforms the event in place (stage work the next one depends on).</summary>
public struct IncrementHandler : IEventHandler<ValueEvent>
{
    public readonly void OnEvent(ref ValueEvent e, long sequence, bool endOfBatch) => e.Value++;

    public readonly void OnBatchStart(long batchSize)
    {
    }

    public readonly void OnStart()
    {
    }

    public readonly void OnShutdown()
    {
    }

    public readonly void OnTimeout(long sequence)
    {
    }
}

/// <summary>Ping-pong echo: every event from the ping ring is published back on the pong ring.</summary>
public readonly struct EchoHandler(RingBuffer<ValueEvent> pong) : IEventHandler<ValueEvent>
{
    public void OnEvent(ref ValueEvent e, long sequence, bool endOfBatch)
    {
        long seq = pong.Next();
        pong[seq].Value = e.Value;
        pong.Publish(seq);
    }

    public void OnBatchStart(long batchSize)
    {
    }

    public void OnStart()
    {
    }

    public void OnShutdown()
    {
    }

    public void OnTimeout(long sequence)
    {
    }
}
