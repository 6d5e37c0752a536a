using LowLatency.Ring.Dsl;
using LowLatency.Ring.Processing;
using LowLatency.Ring.Tests.Support;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Ring.Tests.Processing;

public class HaltAndDrainTests
{
    [Theory]
    [InlineData(ProducerType.Single)]
    [InlineData(ProducerType.Multi)]
    public void DrainThenHaltDeliversEveryPublishedEventExactlyOnce(ProducerType type)
    {
        const int n = 1_000_000;
        var ring = RingBuffer<TestEvent>.Create(type, 1024, new BlockingWaitStrategy());
        var deliveries = new Deliveries(n);
        var pipeline = new Pipeline<TestEvent, BlockingWaitStrategy>(ring);
        var processor = pipeline.HandleEventsWith(new RecordingHandler(deliveries), "consumer");
        pipeline.Start();

        var producer = Publisher.StartThread("producer", () => Publisher.PublishSequential(ring, n));
        Waits.Join(producer);
        Assert.True(pipeline.Shutdown(Waits.Long));

        Assert.False(processor.IsRunning);
        Assert.Equal(n - 1, processor.Sequence.Value);
        Assert.Equal((0, 0), deliveries.CheckExactlyOnce(n - 1));
        Assert.Equal(0, deliveries.OutOfOrder);
    }

    [Fact]
    public void HaltingMidStreamLosesNothingAndARestartResumesRightAfterTheLastHandledEvent()
    {
        const int n = 1_000_000;
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(1024, new BlockingWaitStrategy());
        var deliveries = new Deliveries(n) { Target = 300_000 };
        var processor = new BatchEventProcessor<TestEvent, RecordingHandler, BlockingWaitStrategy>(
            ring, ring.NewBarrier(), new RecordingHandler(deliveries));
        ring.AddGatingSequences(processor.Sequence);
        processor.Start("consumer-1");
        var producer = Publisher.StartThread("producer", () => Publisher.PublishSequential(ring, n));

        Assert.True(deliveries.Reached.Wait(Waits.Long, TestContext.Current.CancellationToken));
        processor.Halt(); // while the producer is still publishing
        Assert.True(processor.WaitUntilStopped(Waits.Long));

        long stoppedAt = processor.Sequence.Value;
        Assert.InRange(stoppedAt, 300_000, n - 1);
        Assert.Equal(stoppedAt, deliveries.LastSequence); // the sequence is exactly the last event handled
        Assert.Equal((0, 0), deliveries.CheckExactlyOnce(stoppedAt));

        deliveries.Target = n - 1;
        processor.Start("consumer-2");
        Waits.Join(producer);
        Assert.True(deliveries.Reached.Wait(Waits.Long, TestContext.Current.CancellationToken));
        processor.Halt();
        Assert.True(processor.WaitUntilStopped(Waits.Long));

        Assert.Equal((0, 0), deliveries.CheckExactlyOnce(n - 1));
        Assert.Equal(0, deliveries.OutOfOrder);
    }

    [Fact]
    public void HaltBeforeTheThreadGetsToRunStopsItCleanly()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(64, new BlockingWaitStrategy());
        var deliveries = new Deliveries(64);
        var processor = new BatchEventProcessor<TestEvent, RecordingHandler, BlockingWaitStrategy>(
            ring, ring.NewBarrier(), new RecordingHandler(deliveries));
        for (int i = 0; i < 50; i++)
        {
            processor.Start();
            processor.Halt();
            Assert.True(processor.WaitUntilStopped(Waits.Long));
            Assert.False(processor.IsRunning);
        }

        Assert.Equal(50, deliveries.Shutdowns);
    }

    [Fact]
    public void DrainReportsFailureAtOnceWhenAStageHasHaltedOnAFault()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(64, new BlockingWaitStrategy());
        var pipeline = new Pipeline<TestEvent, BlockingWaitStrategy>(ring);
        var deliveries = new Deliveries(64);
        var processor = pipeline.HandleEventsWith(new RecordingHandler(deliveries), "consumer");
        pipeline.Start();
        processor.Halt(); // stands in for a fault: the stage will not catch up
        Assert.True(processor.WaitUntilStopped(Waits.Long));
        Publisher.PublishSequential(ring, 10);
        Assert.False(pipeline.Drain(Waits.Long)); // returns false without waiting the full minute
        Assert.True(pipeline.Halt(Waits.Long));
    }
}
