using LowLatency.Ring.Processing;
using LowLatency.Ring.Tests.Support;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Ring.Tests.Sequencers;

public class OutOfOrderPublishTests
{
    [Fact]
    public void AConsumerDoesNotSeeALaterClaimUntilTheEarlierProducerPublishesThenSeesBothInOrder()
    {
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(64, new BlockingWaitStrategy());
        var deliveries = new Deliveries(2) { Target = 0 };
        var processor = new BatchEventProcessor<TestEvent, RecordingHandler, BlockingWaitStrategy>(
            ring, ring.NewBarrier(), new RecordingHandler(deliveries));
        ring.AddGatingSequences(processor.Sequence);
        processor.Start("consumer");

        using var claimed = new ManualResetEventSlim();
        using var go = new ManualResetEventSlim();
        var slow = Publisher.StartThread("slow-producer", () =>
        {
            long seq = ring.Next();
            claimed.Set();
            go.Wait(Waits.Long);
            ring[seq].Value = seq * 3;
            ring.Publish(seq);
        });
        Assert.True(claimed.Wait(Waits.Long, TestContext.Current.CancellationToken));

        long mine = ring.Next(); // claimed after the slow producer's, published first
        Assert.Equal(1, mine);
        ring[mine].Value = mine * 3;
        ring.Publish(mine);

        Assert.False(deliveries.Reached.Wait(Waits.Short, TestContext.Current.CancellationToken), "an event was delivered past an unpublished claim");
        Assert.Equal(-1, processor.Sequence.Value);

        deliveries.Target = 1;
        go.Set();
        Waits.Join(slow);
        Assert.True(deliveries.Reached.Wait(Waits.Long, TestContext.Current.CancellationToken));
        processor.Halt();
        Assert.True(processor.WaitUntilStopped(Waits.Long));

        Assert.Equal(2, deliveries.Count);
        Assert.Equal(0, deliveries.OutOfOrder);
        Assert.Equal(0, deliveries.WrongPayload);
    }
}
