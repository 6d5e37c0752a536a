using LowLatency.Ring.Dsl;
using LowLatency.Ring.Processing;
using LowLatency.Ring.Tests.Support;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Ring.Tests.Dsl;

public class PipelineTests
{
    private const int N = 1_000_000;

    [Theory]
    [InlineData(ProducerType.Single)]
    [InlineData(ProducerType.Multi)]
    public void InTheDiamondTheJoinSeesEveryEventOnlyAfterBothParallelStagesHandledIt(ProducerType type)
    {
        var ring = RingBuffer<TestEvent>.Create(type, 1024, new BlockingWaitStrategy());
        var pipeline = new Pipeline<TestEvent, BlockingWaitStrategy>(ring);
        var a = pipeline.HandleEventsWith(new StampA(), "stage-a");
        var b = pipeline.HandleEventsWith(new StampB(), "stage-b");
        var joinCheck = new JoinCheck();
        var join = pipeline.After(a, b).HandleEventsWith(new JoinHandler(joinCheck, requireB: true), "join");

        // Producers gate on the join only: the parallel stages are no longer ends of a chain.
        Assert.Equal(-1, ring.GetMinimumGatingSequence());
        pipeline.Start();
        var producer = Publisher.StartThread("producer", () => Publisher.PublishSequential(ring, N));
        Waits.Join(producer);
        Assert.True(pipeline.Shutdown(Waits.Long));

        Assert.Equal(N, joinCheck.Count);
        Assert.Equal(0, joinCheck.Violations);
        Assert.Equal(0, joinCheck.OutOfOrder);
        Assert.Equal(N - 1, a.Sequence.Value);
        Assert.Equal(N - 1, b.Sequence.Value);
        Assert.Equal(N - 1, join.Sequence.Value);
    }

    [Fact]
    public void InAChainTheSecondStageSeesEachEventAfterTheFirstAnnotatedIt()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(256, new BlockingWaitStrategy());
        var pipeline = new Pipeline<TestEvent, BlockingWaitStrategy>(ring);
        var a = pipeline.HandleEventsWith(new StampA(), "stage-a");
        var check = new JoinCheck();
        pipeline.After(a).HandleEventsWith(new JoinHandler(check, requireB: false), "stage-b");
        pipeline.Start();

        Publisher.PublishSequential(ring, N);
        Assert.True(pipeline.Shutdown(Waits.Long));
        Assert.Equal(N, check.Count);
        Assert.Equal(0, check.Violations);
        Assert.Equal(0, check.OutOfOrder);
    }

    [Fact]
    public void TheProducerIsGatedByTheSlowestEndOfTheGraph()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(16, new BlockingWaitStrategy());
        var pipeline = new Pipeline<TestEvent, BlockingWaitStrategy>(ring);
        var a = pipeline.HandleEventsWith(new StampA(), "stage-a");
        var check = new JoinCheck();
        var b = pipeline.After(a).HandleEventsWith(new JoinHandler(check, requireB: false), "stage-b");

        // Not started: nothing consumes, so exactly one lap fits.
        int accepted = 0;
        while (ring.TryNext(out long s))
        {
            ring[s].StageA = -1;
            ring.Publish(s);
            accepted++;
        }

        Assert.Equal(16, accepted);
        a.Sequence.Value = 15; // even if the first stage were done, the last stage still holds the ring
        Assert.False(ring.TryNext(out _));
        a.Sequence.Value = -1;
        Assert.Equal(-1, b.Sequence.Value);
    }

    [Fact]
    public void AnUpstreamStageFromAnotherPipelineIsRefused()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(16, new BlockingWaitStrategy());
        var pipeline = new Pipeline<TestEvent, BlockingWaitStrategy>(ring);
        var other = new Pipeline<TestEvent, BlockingWaitStrategy>(ring);
        var foreign = other.HandleEventsWith(new StampA());
        Assert.Throws<ArgumentException>(() => pipeline.After(foreign));
        Assert.Throws<ArgumentException>(() => pipeline.After());
    }

    [Fact]
    public void APipelineOverARingWithAnotherWaitStrategyIsRefused()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(16, new SleepingWaitStrategy());
        Assert.Throws<ArgumentException>(() => new Pipeline<TestEvent, BlockingWaitStrategy>(ring));
    }

    private sealed class JoinCheck
    {
        public long Count;
        public long Violations;
        public long OutOfOrder;
        public long Last = -1;
    }

    private struct StampA : IEventHandler<TestEvent>
    {
        public readonly void OnEvent(ref TestEvent e, long sequence, bool endOfBatch) => e.StageA = sequence;

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

    private struct StampB : IEventHandler<TestEvent>
    {
        public readonly void OnEvent(ref TestEvent e, long sequence, bool endOfBatch) => e.StageB = sequence;

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

    private readonly struct JoinHandler(JoinCheck check, bool requireB) : IEventHandler<TestEvent>
    {
        public void OnEvent(ref TestEvent e, long sequence, bool endOfBatch)
        {
            // Both stamps must already be this event's: the producer reset them to -1 when it wrote the slot.
            if (e.StageA != sequence || (requireB && e.StageB != sequence))
            {
                check.Violations++;
            }

            if (sequence != check.Last + 1)
            {
                check.OutOfOrder++;
            }

            check.Last = sequence;
            check.Count++;
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
