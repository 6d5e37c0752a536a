using LowLatency.Ring.Dsl;
using LowLatency.Ring.Processing;
using LowLatency.Ring.Tests.Support;
using LowLatency.Ring.WaitStrategies;
using LowLatency.Testing;

namespace LowLatency.Ring.Tests.Processing;

public class ZeroAllocationTests
{
    private const int Warmup = 20_000;
    private const int Measured = 200_000;

    [Theory]
    [InlineData(ProducerType.Single)]
    [InlineData(ProducerType.Multi)]
    public void PublishingAllocatesNothingAfterWarmUpWhileAConsumerRuns(ProducerType type)
    {
        var ring = RingBuffer<TestEvent>.Create(type, 1024, new BlockingWaitStrategy());
        var pipeline = new Pipeline<TestEvent, BlockingWaitStrategy>(ring);
        pipeline.HandleEventsWith(new AllocationProbe(new AllocationLog(long.MaxValue, long.MaxValue)));
        pipeline.Start();

        long single = Allocations.Measure(
            () =>
            {
                long seq = ring.Next();
                ring[seq].Value = seq;
                ring.Publish(seq);
            },
            Measured,
            Warmup);
        long batch = Allocations.Measure(
            () =>
            {
                long hi = ring.Next(8);
                for (long s = hi - 7; s <= hi; s++)
                {
                    ring[s].Value = s;
                }

                ring.Publish(hi - 7, hi);
            },
            Measured / 8,
            Warmup / 8);
        long tried = Allocations.Measure(
            () =>
            {
                if (ring.TryNext(out long seq))
                {
                    ring[seq].Value = seq;
                    ring.Publish(seq);
                }
            },
            Measured,
            Warmup);

        Assert.True(pipeline.Shutdown(Waits.Long));
        Assert.Equal(0, single);
        Assert.Equal(0, batch);
        Assert.Equal(0, tried);
    }

    [Theory]
    [InlineData(ProducerType.Single)]
    [InlineData(ProducerType.Multi)]
    public void ConsumingThroughADiamondAllocatesNothingOnAnyStageThreadAfterWarmUp(ProducerType type)
    {
        // Measured on each consumer thread by the handler itself, between a warm-up event and the last one:
        // waits, wake-ups (blocking strategy), batch hand-off and sequence publication all included.
        const long total = Warmup + Measured;
        var ring = RingBuffer<TestEvent>.Create(type, 1024, new BlockingWaitStrategy());
        var pipeline = new Pipeline<TestEvent, BlockingWaitStrategy>(ring);
        var logs = new[]
        {
            new AllocationLog(Warmup, total - 1),
            new AllocationLog(Warmup, total - 1),
            new AllocationLog(Warmup, total - 1),
        };
        var a = pipeline.HandleEventsWith(new AllocationProbe(logs[0]));
        var b = pipeline.HandleEventsWith(new AllocationProbe(logs[1]));
        pipeline.After(a, b).HandleEventsWith(new AllocationProbe(logs[2]));
        pipeline.Start();

        Publisher.PublishSequential(ring, total);
        Assert.True(pipeline.Shutdown(Waits.Long));

        foreach (var log in logs)
        {
            Assert.True(log.Measured, "the probe never reached its end mark");
            Assert.Equal(0, log.Bytes);
        }
    }

    private sealed class AllocationLog(long from, long to)
    {
        public readonly long From = from;
        public readonly long To = to;
        public long Start;
        public long Bytes = -1;
        public bool Measured;
    }

    private readonly struct AllocationProbe(AllocationLog log) : IEventHandler<TestEvent>
    {
        public void OnEvent(ref TestEvent e, long sequence, bool endOfBatch)
        {
            if (sequence == log.From)
            {
                log.Start = GC.GetAllocatedBytesForCurrentThread();
            }
            else if (sequence == log.To)
            {
                log.Bytes = GC.GetAllocatedBytesForCurrentThread() - log.Start;
                log.Measured = true;
            }
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
}
