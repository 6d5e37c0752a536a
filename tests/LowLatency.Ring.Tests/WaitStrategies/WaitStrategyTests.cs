using LowLatency.Ring.Dsl;
using LowLatency.Ring.Processing;
using LowLatency.Ring.Tests.Support;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Ring.Tests.WaitStrategies;

public class WaitStrategyTests
{
    public static TheoryData<string> Strategies() =>
        ["blocking", "timeout-blocking", "yielding", "sleeping", "busy-spin"];

    [Theory]
    [MemberData(nameof(Strategies))]
    public void EveryStrategyDeliversAllEventsThroughADiamondAndStopsOnHalt(string strategy)
    {
        // Busy-spin: the events are published before the consumers start and the consumers are halted as
        // soon as they have caught up, so three spinning threads never fight the producers for 2 cores.
        switch (strategy)
        {
            case "blocking":
                Run(new BlockingWaitStrategy());
                break;
            case "timeout-blocking":
                Run(new TimeoutBlockingWaitStrategy(TimeSpan.FromMilliseconds(5)));
                break;
            case "yielding":
                Run(new YieldingWaitStrategy());
                break;
            case "sleeping":
                Run(new SleepingWaitStrategy());
                break;
            default:
                Run(new BusySpinWaitStrategy(), publishBeforeStart: true);
                break;
        }
    }

    private static void Run<TWait>(TWait wait, bool publishBeforeStart = false)
        where TWait : struct, IWaitStrategy
    {
        const int n = 20_000;
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(publishBeforeStart ? 32_768 : 256, wait);
        var pipeline = new Pipeline<TestEvent, TWait>(ring);
        var first = new Deliveries(n);
        var second = new Deliveries(n);
        var last = new Deliveries(n);
        var a = pipeline.HandleEventsWith(new RecordingHandler(first));
        var b = pipeline.HandleEventsWith(new RecordingHandler(second));
        pipeline.After(a, b).HandleEventsWith(new RecordingHandler(last));
        if (!publishBeforeStart)
        {
            pipeline.Start();
        }

        var producers = new[]
        {
            Publisher.StartThread("p1", () => Publisher.PublishSequential(ring, n / 2)),
            Publisher.StartThread("p2", () => Publisher.PublishSequential(ring, n / 2)),
        };
        foreach (var p in producers)
        {
            Waits.Join(p);
        }

        if (publishBeforeStart)
        {
            pipeline.Start();
        }

        Assert.True(pipeline.Shutdown(Waits.Long));
        foreach (var d in new[] { first, second, last })
        {
            Assert.Equal((0, 0), d.CheckExactlyOnce(n - 1));
            Assert.Equal(0, d.OutOfOrder);
            Assert.Equal(0, d.WrongPayload);
        }

        foreach (var p in pipeline.Processors)
        {
            Assert.False(p.IsRunning);
        }
    }

    [Fact]
    public void HaltWakesAConsumerParkedOnAnEmptyRing()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(64, new BlockingWaitStrategy());
        var deliveries = new Deliveries(1);
        var processor = new BatchEventProcessor<TestEvent, RecordingHandler, BlockingWaitStrategy>(
            ring, ring.NewBarrier(), new RecordingHandler(deliveries));
        ring.AddGatingSequences(processor.Sequence);
        processor.Start();
        Assert.False(processor.WaitUntilStopped(Waits.Short)); // parked, not exiting
        processor.Halt();
        Assert.True(processor.WaitUntilStopped(Waits.Long));
        Assert.Equal(0, deliveries.Count);
        Assert.Equal(1, deliveries.Shutdowns);
    }

    [Fact]
    public void ADownstreamStageParksOnItsUpstreamAndIsWokenWhenTheUpstreamAdvances()
    {
        // B waits on A, not on the cursor: A's progress must wake it (processors signal after each batch).
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(64, new BlockingWaitStrategy());
        var seenByA = new Deliveries(64) { Target = 0 };
        var gate = new ManualResetEventSlim();
        var pipeline = new Pipeline<TestEvent, BlockingWaitStrategy>(ring);
        var a = pipeline.HandleEventsWith(new GatedHandler(seenByA, gate), "a");
        var seenByB = new Deliveries(64) { Target = 0 };
        pipeline.After(a).HandleEventsWith(new RecordingHandler(seenByB), "b");
        pipeline.Start();

        Publisher.PublishSequential(ring, 1);
        Assert.True(seenByA.Reached.Wait(Waits.Long, TestContext.Current.CancellationToken));
        Assert.False(seenByB.Reached.Wait(Waits.Short, TestContext.Current.CancellationToken)); // A has not finished it
        gate.Set();
        Assert.True(seenByB.Reached.Wait(Waits.Long, TestContext.Current.CancellationToken));
        Assert.True(pipeline.Shutdown(Waits.Long));
    }

    [Fact]
    public void TheTimeoutStrategyCallsOnTimeoutWhileIdleWithTheLastProcessedSequence()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(64, new TimeoutBlockingWaitStrategy(TimeSpan.FromMilliseconds(10)));
        var timeouts = new TimeoutLog();
        var processor = new BatchEventProcessor<TestEvent, TimeoutHandler, TimeoutBlockingWaitStrategy>(
            ring, ring.NewBarrier(), new TimeoutHandler(timeouts));
        ring.AddGatingSequences(processor.Sequence);
        processor.Start();

        Assert.True(timeouts.Fired.Wait(Waits.Long, TestContext.Current.CancellationToken));
        Assert.Equal(-1, Volatile.Read(ref timeouts.LastSequence));

        Publisher.PublishSequential(ring, 3);
        Assert.True(timeouts.SawEvents.Wait(Waits.Long, TestContext.Current.CancellationToken));
        processor.Halt();
        Assert.True(processor.WaitUntilStopped(Waits.Long));
        Assert.Equal(2, timeouts.LastSequence);
    }

    [Fact]
    public void ATimeoutMustBePositive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeoutBlockingWaitStrategy(TimeSpan.Zero));

    private sealed class TimeoutLog
    {
        public readonly ManualResetEventSlim Fired = new();
        public readonly ManualResetEventSlim SawEvents = new();
        public long LastSequence = long.MinValue;
    }

    private readonly struct TimeoutHandler(TimeoutLog log) : IEventHandler<TestEvent>
    {
        public void OnEvent(ref TestEvent e, long sequence, bool endOfBatch)
        {
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
            Volatile.Write(ref log.LastSequence, sequence);
            log.Fired.Set();
            if (sequence == 2)
            {
                log.SawEvents.Set();
            }
        }
    }

    private readonly struct GatedHandler(Deliveries deliveries, ManualResetEventSlim gate) : IEventHandler<TestEvent>
    {
        public void OnEvent(ref TestEvent e, long sequence, bool endOfBatch)
        {
            deliveries.Record(sequence, e.Value);
            gate.Wait(Waits.Long);
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
