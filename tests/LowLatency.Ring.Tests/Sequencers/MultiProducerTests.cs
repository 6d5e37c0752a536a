using LowLatency.Ring.Processing;
using LowLatency.Ring.Tests.Support;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Ring.Tests.Sequencers;

public class MultiProducerTests
{
    public enum Claim
    {
        Next,
        TryNext,
        Batch,
    }

    [Theory]
    [InlineData(1, Claim.Next)]
    [InlineData(2, Claim.Next)]
    [InlineData(3, Claim.Next)]
    [InlineData(4, Claim.Next)]
    [InlineData(3, Claim.TryNext)]
    [InlineData(4, Claim.Batch)]
    public void ConcurrentProducersLoseNothingDuplicateNothingAndKeepEachProducersOrder(int producers, Claim claim) =>
        RunProducers(producers, claim, totalEvents: 2_000_000);

    [Theory(Explicit = true)]
    [InlineData(4, Claim.Next)]
    [InlineData(4, Claim.TryNext)]
    [InlineData(4, Claim.Batch)]
    public void SoakConcurrentProducersLoseNothingDuplicateNothingAndKeepEachProducersOrder(int producers, Claim claim) =>
        RunProducers(producers, claim, totalEvents: 40_000_000);

    private static void RunProducers(int producers, Claim claim, long totalEvents)
    {
        long perProducer = totalEvents / producers;
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(1024, new BlockingWaitStrategy());
        var check = new PerProducerCheck(producers) { Target = (perProducer * producers) - 1 };
        var processor = new BatchEventProcessor<TestEvent, PerProducerHandler, BlockingWaitStrategy>(
            ring, ring.NewBarrier(), new PerProducerHandler(check));
        ring.AddGatingSequences(processor.Sequence);
        processor.Start("consumer");

        using var go = new ManualResetEventSlim();
        var threads = new Thread[producers];
        for (int p = 0; p < producers; p++)
        {
            int id = p;
            threads[p] = Publisher.StartThread($"producer-{p}", () =>
            {
                go.Wait(TestContext.Current.CancellationToken);
                Produce(ring, id, perProducer, claim);
            });
        }

        go.Set();
        foreach (var t in threads)
        {
            Waits.Join(t);
        }

        Assert.True(check.Reached.Wait(Waits.Long, TestContext.Current.CancellationToken), $"consumer stopped at {processor.Sequence.Value}");
        processor.Halt();
        Assert.True(processor.WaitUntilStopped(Waits.Long));

        Assert.Equal(0, check.SequenceGaps);
        Assert.Equal(0, check.Violations); // no duplicate, no loss, no reordering within a producer
        for (int p = 0; p < producers; p++)
        {
            Assert.Equal(perProducer, check.NextExpected[p]);
        }
    }

    private static void Produce(RingBuffer<TestEvent> ring, int id, long count, Claim claim)
    {
        long counter = 0;
        while (counter < count)
        {
            switch (claim)
            {
                case Claim.Next:
                {
                    long seq = ring.Next();
                    Write(ref ring[seq], id, counter++);
                    ring.Publish(seq);
                    break;
                }

                case Claim.TryNext:
                {
                    if (!ring.TryNext(out long seq))
                    {
                        Thread.Yield(); // back-pressure is a return value: the producer decides how to wait
                        break;
                    }

                    Write(ref ring[seq], id, counter++);
                    ring.Publish(seq);
                    break;
                }

                default:
                {
                    int n = (int)Math.Min(1 + (counter % 7), count - counter); // batches of 1..7
                    long hi = ring.Next(n);
                    long lo = hi - n + 1;
                    for (long s = lo; s <= hi; s++)
                    {
                        Write(ref ring[s], id, counter++);
                    }

                    ring.Publish(lo, hi);
                    break;
                }
            }
        }
    }

    private static void Write(ref TestEvent e, int producer, long counter)
    {
        e.Producer = producer;
        e.Counter = counter;
    }

    private sealed class PerProducerCheck(int producers)
    {
        public readonly long[] NextExpected = new long[producers];
        public readonly ManualResetEventSlim Reached = new();
        public long Violations;
        public long SequenceGaps;
        public long LastSequence = -1;
        public long Target;
    }

    private readonly struct PerProducerHandler(PerProducerCheck check) : IEventHandler<TestEvent>
    {
        public void OnEvent(ref TestEvent e, long sequence, bool endOfBatch)
        {
            if (sequence != check.LastSequence + 1)
            {
                check.SequenceGaps++;
            }

            check.LastSequence = sequence;
            if (e.Counter != check.NextExpected[e.Producer])
            {
                check.Violations++;
            }

            check.NextExpected[e.Producer] = e.Counter + 1;
            e.Counter = -1; // a slot delivered twice without being rewritten would now be caught
            if (sequence == check.Target)
            {
                check.Reached.Set();
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
