using LowLatency.Ring.Processing;
using LowLatency.Ring.Tests.Support;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Ring.Tests.Processing;

public class BackpressureTests
{
    [Theory]
    [InlineData(ProducerType.Single)]
    [InlineData(ProducerType.Multi)]
    public void ALaggingConsumerHoldsTheProducerToOneLapAndReleasesItWhenItCatchesUp(ProducerType type)
    {
        const int size = 16;
        const int total = 10_000;
        var ring = RingBuffer<TestEvent>.Create(type, size, new BlockingWaitStrategy());
        var deliveries = new Deliveries(total) { Target = total - 1 };
        var gate = new StallGate();
        var processor = new BatchEventProcessor<TestEvent, StallingHandler, BlockingWaitStrategy>(
            ring, ring.NewBarrier(), new StallingHandler(deliveries, gate));
        ring.AddGatingSequences(processor.Sequence);
        processor.Start("lagging-consumer");

        // The consumer takes event 0 and stalls inside it, so its sequence stays at -1.
        PublishOne(ring, ring.Next());
        Assert.True(gate.Entered.Wait(Waits.Long, TestContext.Current.CancellationToken));

        int accepted = 1;
        while (ring.TryNext(out long seq))
        {
            PublishOne(ring, seq);
            accepted++;
        }

        Assert.Equal(size, accepted); // exactly one lap, never an overwrite of unconsumed slots
        Assert.Equal(0, ring.RemainingCapacity());
        Assert.False(ring.TryNext(out _));

        // A blocking claim waits too.
        using var claimed = new ManualResetEventSlim();
        var producer = Publisher.StartThread("producer", () =>
        {
            long first = ring.Next();
            claimed.Set();
            PublishOne(ring, first);
            for (int i = size + 1; i < total; i++)
            {
                PublishOne(ring, ring.Next());
            }
        });
        Assert.False(claimed.Wait(Waits.Short, TestContext.Current.CancellationToken), "Next() returned while the ring was full");

        gate.Release.Set();
        Waits.Join(producer);
        Assert.True(deliveries.Reached.Wait(Waits.Long, TestContext.Current.CancellationToken));
        processor.Halt();
        Assert.True(processor.WaitUntilStopped(Waits.Long));
        Assert.Equal((0, 0), deliveries.CheckExactlyOnce(total - 1));
        Assert.Equal(0, deliveries.WrongPayload); // no slot was overwritten before it was consumed
    }

    [Fact]
    public void ConsumersSmallerThanTheDataWrapAroundTheRingManyTimesInOrder()
    {
        const int total = 500_000;
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(8, new BlockingWaitStrategy());
        var deliveries = new Deliveries(total) { Target = total - 1 };
        var processor = new BatchEventProcessor<TestEvent, RecordingHandler, BlockingWaitStrategy>(
            ring, ring.NewBarrier(), new RecordingHandler(deliveries));
        ring.AddGatingSequences(processor.Sequence);
        processor.Start();
        var producer = Publisher.StartThread("producer", () => Publisher.PublishSequential(ring, total));
        Waits.Join(producer);
        Assert.True(deliveries.Reached.Wait(Waits.Long, TestContext.Current.CancellationToken));
        processor.Halt();
        Assert.True(processor.WaitUntilStopped(Waits.Long));

        Assert.Equal(0, deliveries.OutOfOrder);
        Assert.Equal(0, deliveries.WrongPayload); // Value == seq * 3 for every lap of every slot
        Assert.Equal((0, 0), deliveries.CheckExactlyOnce(total - 1));
        Assert.True(deliveries.Batches <= total && deliveries.BatchEventsAnnounced == total);
    }

    private static void PublishOne(RingBuffer<TestEvent> ring, long seq)
    {
        ring[seq].Value = seq * 3;
        ring.Publish(seq);
    }

    private sealed class StallGate
    {
        public readonly ManualResetEventSlim Entered = new();
        public readonly ManualResetEventSlim Release = new();
    }

    private readonly struct StallingHandler(Deliveries deliveries, StallGate gate) : IEventHandler<TestEvent>
    {
        public void OnEvent(ref TestEvent e, long sequence, bool endOfBatch)
        {
            if (sequence == 0)
            {
                gate.Entered.Set();
                gate.Release.Wait(Waits.Long);
            }

            deliveries.Record(sequence, e.Value);
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
