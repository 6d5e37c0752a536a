using LowLatency.Ring.Processing;
using LowLatency.Ring.Tests.Support;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Ring.Tests.Processing;

public class ExceptionPolicyTests
{
    private const int N = 10_000;

    [Fact]
    public void LogAndContinueReportsEachFailingEventAndDeliversAllTheOthers()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(256, new BlockingWaitStrategy());
        var deliveries = new Deliveries(N) { Target = N - 1 };
        var failures = new List<long>();
        var policy = new LogAndContinueExceptionHandler<TestEvent>((ex, seq) =>
        {
            Assert.IsType<InvalidDataException>(ex);
            failures.Add(seq);
        });
        var processor = new BatchEventProcessor<TestEvent, FailingHandler, BlockingWaitStrategy>(
            ring, ring.NewBarrier(), new FailingHandler(deliveries, new FailureSwitch { Modulus = 1000, Remainder = 7 }), policy);
        ring.AddGatingSequences(processor.Sequence);
        processor.Start();

        Publisher.PublishSequential(ring, N);
        Assert.True(deliveries.Reached.Wait(Waits.Long, TestContext.Current.CancellationToken));
        processor.Halt();
        Assert.True(processor.WaitUntilStopped(Waits.Long));

        Assert.Equal(N / 1000, failures.Count);
        for (int i = 0; i < failures.Count; i++)
        {
            Assert.Equal((i * 1000) + 7, failures[i]);
        }

        Assert.Equal(N - failures.Count, deliveries.Count); // the failing ones were skipped, none repeated
        Assert.Equal(N - 1, processor.Sequence.Value);
        Assert.Null(processor.Fault);
        var (notOnce, _) = deliveries.CheckExactlyOnce(N - 1);
        Assert.Equal(failures.Count, notOnce); // exactly the skipped ones have count 0
    }

    [Fact]
    public void HaltLeavesTheSequenceBeforeTheFailingEventAndARestartRedeliversFromItExactlyOnce()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(256, new BlockingWaitStrategy());
        var deliveries = new Deliveries(N) { Target = N - 1 };
        var failSwitch = new FailureSwitch { Modulus = long.MaxValue, Remainder = 4321 };
        long reported = -1;
        var policy = new LogAndHaltExceptionHandler<TestEvent>((_, seq) => reported = seq);
        var processor = new BatchEventProcessor<TestEvent, FailingHandler, BlockingWaitStrategy>(
            ring, ring.NewBarrier(), new FailingHandler(deliveries, failSwitch), policy);
        ring.AddGatingSequences(processor.Sequence);
        processor.Start();

        var producer = Publisher.StartThread("producer", () => Publisher.PublishSequential(ring, N));
        Assert.True(processor.WaitUntilStopped(Waits.Long)); // halted itself on 4321

        Assert.False(processor.IsRunning);
        Assert.Equal(4321, reported);
        Assert.IsType<InvalidDataException>(processor.Fault);
        Assert.Equal(4320, processor.Sequence.Value);
        Assert.Equal((0, 0), deliveries.CheckExactlyOnce(4320));

        failSwitch.Modulus = 0; // the cause is fixed: restart
        processor.Start();
        Waits.Join(producer); // it was held back by the halted consumer, now it can finish
        Assert.True(deliveries.Reached.Wait(Waits.Long, TestContext.Current.CancellationToken));
        processor.Halt();
        Assert.True(processor.WaitUntilStopped(Waits.Long));

        Assert.Null(processor.Fault);
        Assert.Equal((0, 0), deliveries.CheckExactlyOnce(N - 1));
        Assert.Equal(0, deliveries.OutOfOrder);
        Assert.Equal((2, 2), (deliveries.Starts, deliveries.Shutdowns));
    }

    [Fact]
    public void TheDefaultPolicyHaltsRatherThanSkipping()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(64, new BlockingWaitStrategy());
        var deliveries = new Deliveries(64);
        var processor = new BatchEventProcessor<TestEvent, FailingHandler, BlockingWaitStrategy>(
            ring, ring.NewBarrier(), new FailingHandler(deliveries, new FailureSwitch { Modulus = long.MaxValue, Remainder = 3 }));
        ring.AddGatingSequences(processor.Sequence);
        var stderr = Console.Error;
        Console.SetError(TextWriter.Null);
        try
        {
            processor.Start();
            Publisher.PublishSequential(ring, 10);
            Assert.True(processor.WaitUntilStopped(Waits.Long));
        }
        finally
        {
            Console.SetError(stderr);
        }

        Assert.Equal(2, processor.Sequence.Value);
        Assert.NotNull(processor.Fault);
    }

    [Fact]
    public void AnExceptionFromOnStartIsReportedAndTheProcessorStillRuns()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(64, new BlockingWaitStrategy());
        var deliveries = new Deliveries(64) { Target = 4 };
        var startFailures = 0;
        var policy = new RecordingPolicy(() => startFailures++);
        var processor = new BatchEventProcessor<TestEvent, FailingHandler, BlockingWaitStrategy>(
            ring, ring.NewBarrier(), new FailingHandler(deliveries, new FailureSwitch { FailOnStart = true }), policy);
        ring.AddGatingSequences(processor.Sequence);
        processor.Start();
        Publisher.PublishSequential(ring, 5);
        Assert.True(deliveries.Reached.Wait(Waits.Long, TestContext.Current.CancellationToken));
        processor.Halt();
        Assert.True(processor.WaitUntilStopped(Waits.Long));
        Assert.Equal(1, startFailures);
        Assert.Equal(5, deliveries.Count);
    }

    [Fact]
    public void AFailureOfTheWaitItselfStopsTheProcessorWithAFaultInsteadOfEscapingTheThread()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(64, new BlockingWaitStrategy());
        var deliveries = new Deliveries(64);
        Exception? reported = null;
        var policy = new LogAndContinueExceptionHandler<TestEvent>((ex, _) => reported = ex);
        var processor = new BatchEventProcessor<TestEvent, RecordingHandler, BlockingWaitStrategy>(
            ring, ring.NewBarrier(), new RecordingHandler(deliveries), policy);
        ring.AddGatingSequences(processor.Sequence);
        var thread = processor.Start("consumer");
        Assert.False(processor.WaitUntilStopped(Waits.Short)); // parked in the blocking wait

        thread.Interrupt(); // Monitor.Wait throws ThreadInterruptedException inside the wait strategy
        Waits.Join(thread); // the thread ended normally: an escaping exception would have killed the test host

        Assert.IsType<ThreadInterruptedException>(processor.Fault);
        Assert.Same(processor.Fault, reported);
        Assert.False(processor.IsRunning);
        Assert.Equal(1, deliveries.Shutdowns);
    }

    private sealed class FailureSwitch
    {
        public long Modulus;
        public long Remainder;
        public bool FailOnStart;
    }

    private sealed class RecordingPolicy(Action onStartFailure) : IExceptionHandler<TestEvent>
    {
        public ExceptionAction OnEventException(Exception exception, long sequence, ref TestEvent e) => ExceptionAction.Halt;

        public void OnStartException(Exception exception) => onStartFailure();

        public void OnShutdownException(Exception exception)
        {
        }

        public void OnTimeoutException(Exception exception, long sequence)
        {
        }
    }

    private struct FailingHandler(Deliveries deliveries, FailureSwitch failures) : IEventHandler<TestEvent>
    {
        public void OnEvent(ref TestEvent e, long sequence, bool endOfBatch)
        {
            if (failures.Modulus != 0 && sequence % failures.Modulus == failures.Remainder)
            {
                throw new InvalidDataException($"bad event {sequence}");
            }

            deliveries.Record(sequence, e.Value);
        }

        public void OnBatchStart(long batchSize)
        {
        }

        public void OnStart()
        {
            deliveries.Starts++;
            if (failures.FailOnStart)
            {
                throw new InvalidOperationException("start failed");
            }
        }

        public void OnShutdown() => deliveries.Shutdowns++;

        public void OnTimeout(long sequence)
        {
        }
    }
}
