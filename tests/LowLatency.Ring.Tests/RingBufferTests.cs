using System.Runtime.CompilerServices;
using LowLatency.Ring.Tests.Support;
using LowLatency.Ring.WaitStrategies;

namespace LowLatency.Ring.Tests;

public class RingBufferTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-8)]
    [InlineData(3)]
    [InlineData(1000)]
    public void ASizeThatIsNotAPositivePowerOfTwoIsRejected(int size)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RingBuffer<TestEvent>.CreateSingleProducer(size, new BlockingWaitStrategy()));
        Assert.Contains("power of two", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => RingBuffer<TestEvent>.CreateMultiProducer(size, new YieldingWaitStrategy()));
    }

    [Fact]
    public void AnUnknownProducerTypeIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RingBuffer<TestEvent>.Create((ProducerType)7, 8, new BlockingWaitStrategy()));

    [Fact]
    public void SequencesOneLapApartShareTheSameSlot()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(8, new BlockingWaitStrategy());
        Assert.True(Unsafe.AreSame(ref ring[3], ref ring[11]));
        Assert.True(Unsafe.AreSame(ref ring[0], ref ring[8 * 1000]));
        Assert.False(Unsafe.AreSame(ref ring[3], ref ring[4]));
    }

    [Fact]
    public void SlotsAreWrittenAndReadInPlaceByReference()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(4, new BlockingWaitStrategy());
        long seq = ring.Next();
        ref var e = ref ring[seq];
        e.Value = 42;
        ring.Publish(seq);
        Assert.Equal(42, ring[seq].Value);
        Assert.Equal(0, ring.Cursor);
    }

    [Fact]
    public void SlotsArePreallocatedByTheFactory()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(16, new BlockingWaitStrategy(), () => new TestEvent { Value = 7 });
        for (long s = 0; s < 16; s++)
        {
            Assert.Equal(7, ring[s].Value);
        }
    }

    [Theory]
    [InlineData(ProducerType.Single)]
    [InlineData(ProducerType.Multi)]
    public void ABatchClaimReturnsTheHighestOfNConsecutiveSequences(ProducerType type)
    {
        var ring = RingBuffer<TestEvent>.Create(type, 16, new BlockingWaitStrategy());
        Assert.Equal(4, ring.Next(5));
        Assert.Equal(5, ring.Next());
        ring.Publish(0, 5);
        Assert.Equal(5, ring.Cursor);
        Assert.True(ring.Sequencer.IsAvailable(0));
        Assert.True(ring.Sequencer.IsAvailable(5));
        Assert.False(ring.Sequencer.IsAvailable(6));
    }

    [Theory]
    [InlineData(ProducerType.Single, 0)]
    [InlineData(ProducerType.Single, 17)]
    [InlineData(ProducerType.Multi, 0)]
    [InlineData(ProducerType.Multi, -1)]
    [InlineData(ProducerType.Multi, 17)]
    public void AClaimOfZeroOrMoreThanTheBufferIsRejected(ProducerType type, int n)
    {
        var ring = RingBuffer<TestEvent>.Create(type, 16, new BlockingWaitStrategy());
        Assert.Throws<ArgumentOutOfRangeException>(() => ring.Next(n));
        Assert.Throws<ArgumentOutOfRangeException>(() => ring.TryNext(n, out _));
        Assert.Equal(-1, ring.Cursor);
    }

    [Theory]
    [InlineData(ProducerType.Single)]
    [InlineData(ProducerType.Multi)]
    public void TryNextRefusesOnceTheSlowestConsumerIsALapBehindAndResumesWhenItMoves(ProducerType type)
    {
        var ring = RingBuffer<TestEvent>.Create(type, 8, new BlockingWaitStrategy());
        var consumer = new Sequence();
        ring.AddGatingSequences(consumer);

        for (int i = 0; i < 8; i++)
        {
            Assert.True(ring.TryNext(out long s));
            ring.Publish(s);
        }

        Assert.Equal(0, ring.RemainingCapacity());
        Assert.False(ring.TryNext(out _));
        Assert.False(ring.TryNext(2, out _));
        Assert.Equal(7, ring.Cursor);

        consumer.Value = 1; // consumer finished 0 and 1
        Assert.Equal(2, ring.RemainingCapacity());
        Assert.False(ring.TryNext(3, out _));
        Assert.True(ring.TryNext(2, out long hi));
        Assert.Equal(9, hi);
        Assert.False(ring.TryNext(out _));
    }

    [Fact]
    public void WithoutGatingConsumersTheProducerIsNeverHeldBack()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(4, new BlockingWaitStrategy());
        for (int i = 0; i < 100; i++)
        {
            Assert.True(ring.TryNext(out long s));
            ring.Publish(s);
        }

        Assert.Equal(99, ring.Cursor);
    }

    [Fact]
    public void AGatingSequenceAddedLateStartsAtTheCursorAndCanBeRemoved()
    {
        var ring = RingBuffer<TestEvent>.CreateSingleProducer(8, new BlockingWaitStrategy());
        Publisher.PublishSequential(ring, 5);
        var late = new Sequence();
        ring.AddGatingSequences(late);
        Assert.Equal(4, late.Value);
        Assert.Equal(4, ring.GetMinimumGatingSequence());
        Assert.True(ring.RemoveGatingSequence(late));
        Assert.False(ring.RemoveGatingSequence(late));
    }

    [Fact]
    public void AMultiProducerClaimPublishedOutOfOrderStaysInvisibleUntilTheGapIsFilled()
    {
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(8, new BlockingWaitStrategy());
        long first = ring.Next();
        long second = ring.Next();
        long third = ring.Next();
        ring.Publish(second);
        ring.Publish(third);

        Assert.Equal(2, ring.Cursor); // claimed
        Assert.Equal(first - 1, ring.Sequencer.GetHighestPublishedSequence(first, ring.Cursor));

        ring.Publish(first);
        Assert.Equal(third, ring.Sequencer.GetHighestPublishedSequence(first, ring.Cursor));
    }

    [Fact]
    public void AStaleAvailabilityFlagFromThePreviousLapIsNotMistakenForAPublish()
    {
        var ring = RingBuffer<TestEvent>.CreateMultiProducer(4, new BlockingWaitStrategy());
        Publisher.PublishSequential(ring, 4); // lap 0 fully published
        long next = ring.Next(); // sequence 4 reuses slot 0, not yet published
        Assert.Equal(4, next);
        Assert.True(ring.Sequencer.IsAvailable(3));
        Assert.False(ring.Sequencer.IsAvailable(4));
        Assert.Equal(3, ring.Sequencer.GetHighestPublishedSequence(4, 4));
        ring.Publish(next);
        Assert.True(ring.Sequencer.IsAvailable(4));
        Assert.False(ring.Sequencer.IsAvailable(0)); // overwritten by lap 1
    }
}
