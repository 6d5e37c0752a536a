using LowLatency.Ring.Processing;
using LowLatency.Ring.Tests.Support;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Ring.Tests.Processing;

public class BatchEventProcessorTests
{
    private static BatchEventProcessor<TestEvent, RecordingHandler, BlockingWaitStrategy> NewProcessor(
        RingBuffer<TestEvent> ring, Deliveries deliveries)
    {
        var processor = new BatchEventProcessor<TestEvent, RecordingHandler, BlockingWaitStrategy>(
            ring, ring.NewBarrier(), new RecordingHandler(deliveries));
        ring.AddGatingSequences(processor.Sequence);
        return processor;
    }

    [Fact]
    public void EventsArriveInSequenceOrderWithTheirPayloadAndBatchCallbacks()
    {
        const int n = 200_000;
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(1024, new BlockingWaitStrategy());
        var deliveries = new Deliveries(n) { Target = n - 1 };
        var processor = NewProcessor(ring, deliveries);
        processor.Start("consumer");

        var producer = Publisher.StartThread("producer", () => Publisher.PublishSequential(ring, n));
        Assert.True(deliveries.Reached.Wait(Waits.Long, TestContext.Current.CancellationToken));
        Waits.Join(producer);
        processor.Halt();
        Assert.True(processor.WaitUntilStopped(Waits.Long));

        Assert.Equal(n, deliveries.Count);
        Assert.Equal(0, deliveries.OutOfOrder);
        Assert.Equal(0, deliveries.WrongPayload);
        Assert.Equal(n, deliveries.BatchEventsAnnounced);
        Assert.Equal(deliveries.Batches, deliveries.EndOfBatchFlags); // exactly one end-of-batch per batch
        Assert.Equal(n - 1, processor.Sequence.Value);
        Assert.Equal((1, 1), (deliveries.Starts, deliveries.Shutdowns));
    }

    [Fact]
    public void EverythingAlreadyPublishedIsDeliveredAsOneBatchEndingWithTheEndOfBatchFlag()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(64, new BlockingWaitStrategy());
        var deliveries = new Deliveries(64) { Target = 39 };
        var processor = NewProcessor(ring, deliveries);
        Publisher.PublishSequential(ring, 40);

        processor.Start();
        Assert.True(deliveries.Reached.Wait(Waits.Long, TestContext.Current.CancellationToken));
        processor.Halt();
        Assert.True(processor.WaitUntilStopped(Waits.Long));

        Assert.Equal(1, deliveries.Batches);
        Assert.Equal(40, deliveries.BatchEventsAnnounced);
        Assert.Equal(1, deliveries.EndOfBatchFlags);
    }

    [Fact]
    public void MaxBatchSizeSplitsABacklogIntoBoundedBatches()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(64, new BlockingWaitStrategy());
        var deliveries = new Deliveries(64) { Target = 39 };
        var processor = NewProcessor(ring, deliveries);
        processor.MaxBatchSize = 16;
        Publisher.PublishSequential(ring, 40);

        processor.Start();
        Assert.True(deliveries.Reached.Wait(Waits.Long, TestContext.Current.CancellationToken));
        processor.Halt();
        Assert.True(processor.WaitUntilStopped(Waits.Long));

        Assert.Equal(3, deliveries.Batches); // 16 + 16 + 8
        Assert.Equal(3, deliveries.EndOfBatchFlags);
        Assert.Equal(40, deliveries.Count);
    }

    [Fact]
    public void RunExecutesTheLoopOnTheCallersOwnThread()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(64, new BlockingWaitStrategy());
        var deliveries = new Deliveries(64) { Target = 9 };
        var processor = NewProcessor(ring, deliveries);
        Thread? loopThread = null;
        var owner = new Thread(() =>
        {
            loopThread = Thread.CurrentThread;
            processor.Run();
        })
        { IsBackground = true, Name = "server-owned" };
        owner.Start();

        Publisher.PublishSequential(ring, 10);
        Assert.True(deliveries.Reached.Wait(Waits.Long, TestContext.Current.CancellationToken));
        Assert.True(processor.IsRunning);
        processor.Halt();
        Waits.Join(owner); // Run returned on the owner's thread
        Assert.False(processor.IsRunning);
        Assert.Same(owner, loopThread);
    }

    [Fact]
    public void StartingARunningProcessorTwiceIsRefused()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(64, new BlockingWaitStrategy());
        var processor = NewProcessor(ring, new Deliveries(1));
        processor.Start();
        Assert.Throws<InvalidOperationException>(() => processor.Start());
        Assert.Throws<InvalidOperationException>(() => processor.Run());
        Assert.Throws<InvalidOperationException>(() => processor.MaxBatchSize = 4);
        processor.Halt();
        Assert.True(processor.WaitUntilStopped(Waits.Long));
    }

    [Fact]
    public void AProcessorSpecialisedForAnotherWaitStrategyThanTheRingsIsRefused()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(64, new YieldingWaitStrategy());
        var ex = Assert.Throws<ArgumentException>(() =>
            new BatchEventProcessor<TestEvent, RecordingHandler, BlockingWaitStrategy>(ring, ring.NewBarrier(), new RecordingHandler(new Deliveries(1))));
        Assert.Contains(nameof(YieldingWaitStrategy), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABarrierFromAnotherRingIsRefused()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(64, new BlockingWaitStrategy());
        var other = RingBuffer<TestEvent>.CreateSingleProducer(64, new BlockingWaitStrategy());
        Assert.Throws<ArgumentException>(() =>
            new BatchEventProcessor<TestEvent, RecordingHandler, BlockingWaitStrategy>(ring, other.NewBarrier(), new RecordingHandler(new Deliveries(1))));
    }

    [Fact]
    public void TheHandlerStateIsTheProcessorsOwnCopy()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(64, new BlockingWaitStrategy());
        var counter = new CountingHandler();
        var processor = new BatchEventProcessor<TestEvent, CountingHandler, BlockingWaitStrategy>(ring, ring.NewBarrier(), counter);
        ring.AddGatingSequences(processor.Sequence);
        processor.Start();
        Publisher.PublishSequential(ring, 25);
        Assert.True(ring.NewBarrier(processor.Sequence).WaitFor(24) >= 24); // blocks until the processor has done 24
        processor.Halt();
        Assert.True(processor.WaitUntilStopped(Waits.Long));

        Assert.Equal(25, processor.Handler.Count);
        Assert.Equal(0, counter.Count); // the original was copied, not shared
    }

    private struct CountingHandler : IEventHandler<TestEvent>
    {
        public long Count;

        public void OnEvent(ref TestEvent e, long sequence, bool endOfBatch) => Count++;

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
