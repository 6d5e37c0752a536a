using LowLatency.Fix.Store;
using LowLatency.Testing;
using static LowLatency.Fix.Tests.Store.StoreTestMessages;

namespace LowLatency.Fix.Tests.Store;

/// <summary>
/// What every <see cref="IMessageStore"/> promises, run against each implementation (the Artio
/// AbstractSessionTest pattern): the session layer may swap stores without changing behaviour.
/// </summary>
public abstract class MessageStoreContractTests : IDisposable
{
    protected MessageStoreContractTests()
    {
        Clock = new FakeClock(new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc));
    }

    protected FakeClock Clock { get; }

    protected TestDirectory Directory { get; } = new();

    protected abstract IMessageStore CreateStore();

    public virtual void Dispose() => Directory.Dispose();

    [Fact]
    public void ANewStoreStartsAtOneOneWithTheClocksCreationTime()
    {
        using IMessageStore store = CreateStore();

        Assert.Equal((1L, 1L), (store.NextSenderSeqNum, store.NextTargetSeqNum));
        Assert.Equal(Clock.UtcEpochNanoseconds(), store.CreationTimeUtcNanos);
        Assert.Equal(new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc), store.CreationTimeUtc);
        Assert.Empty(Visit(store));
    }

    [Fact]
    public void StoredMessagesComeBackInOrderWithTheirExactBytes()
    {
        using IMessageStore store = CreateStore();
        for (long seq = 1; seq <= 5; seq++)
        {
            store.Store(seq, Message(seq));
        }

        var seen = Visit(store, 2, 4);

        Assert.Equal([(2L, Text(2)), (3L, Text(3)), (4L, Text(4))], seen);
    }

    [Fact]
    public void NumbersNeverStoredAreSkippedSoTheSessionCanGapFillThem()
    {
        using IMessageStore store = CreateStore();
        store.Store(1, Message(1));
        store.Store(4, Message(4));
        store.Store(5, Message(5));

        Assert.Equal([1L, 4L, 5L], Visit(store, 1, 5).Select(m => m.SeqNum));
    }

    [Fact]
    public void TheRangeIsClampedToWhatIsStored()
    {
        using IMessageStore store = CreateStore();
        store.Store(1, Message(1));
        store.Store(2, Message(2));

        Assert.Equal([1L, 2L], Visit(store, 0, long.MaxValue).Select(m => m.SeqNum));
        Assert.Empty(Visit(store, 3, 10));
        Assert.Empty(Visit(store, 2, 1));
    }

    [Fact]
    public void AVisitorCanStopAndTheRestCanBeAskedForLater()
    {
        using IMessageStore store = CreateStore();
        for (long seq = 1; seq <= 6; seq++)
        {
            store.Store(seq, Message(seq));
        }

        var visitor = new CollectingVisitor(stopAfter: 2);
        int count = store.VisitRange(1, 6, ref visitor);
        var rest = Visit(store, visitor.Seen[^1].SeqNum + 1, 6);

        Assert.Equal(2, count);
        Assert.Equal([1L, 2L], visitor.Seen.Select(m => m.SeqNum));
        Assert.Equal([3L, 4L, 5L, 6L], rest.Select(m => m.SeqNum));
    }

    [Fact]
    public void StoringANumberAgainReplacesItsBytes()
    {
        using IMessageStore store = CreateStore();
        store.Store(1, Message(1));
        store.Store(2, Message(2));
        store.Store(1, Message(1, padding: 7));

        Assert.Equal([(1L, Text(1, padding: 7)), (2L, Text(2))], Visit(store));
    }

    [Fact]
    public void LargeMessagesRoundTrip()
    {
        using IMessageStore store = CreateStore();
        store.Store(1, Message(1, padding: 100_000));

        Assert.Equal(Text(1, padding: 100_000), Assert.Single(Visit(store)).Text);
    }

    [Fact]
    public void SequenceNumbersMoveBySetAndIncrement()
    {
        using IMessageStore store = CreateStore();

        store.IncrementNextSenderSeqNum();
        store.IncrementNextSenderSeqNum();
        store.IncrementNextTargetSeqNum();
        Assert.Equal((3L, 2L), (store.NextSenderSeqNum, store.NextTargetSeqNum));

        store.SetNextSenderSeqNum(100);
        store.SetNextTargetSeqNum(200);
        Assert.Equal((100L, 200L), (store.NextSenderSeqNum, store.NextTargetSeqNum));
    }

    [Fact]
    public void LoweringTheNextSenderNumberDiscardsMessagesFromThatNumberOn()
    {
        using IMessageStore store = CreateStore();
        for (long seq = 1; seq <= 5; seq++)
        {
            store.Store(seq, Message(seq));
            store.IncrementNextSenderSeqNum();
        }

        store.SetNextSenderSeqNum(3);

        Assert.Equal([1L, 2L], Visit(store).Select(m => m.SeqNum));
        Assert.Equal(3, store.NextSenderSeqNum);
    }

    [Fact]
    public void ResetClearsMessagesAndNumbersAndTakesANewCreationTime()
    {
        using IMessageStore store = CreateStore();
        store.Store(1, Message(1));
        store.SetNextSenderSeqNum(2);
        store.SetNextTargetSeqNum(9);
        Clock.Advance(TimeSpan.FromHours(24));

        store.Reset();

        Assert.Equal((1L, 1L), (store.NextSenderSeqNum, store.NextTargetSeqNum));
        Assert.Empty(Visit(store));
        Assert.Equal(new DateTime(2026, 1, 6, 9, 0, 0, DateTimeKind.Utc), store.CreationTimeUtc);
        store.Store(1, Message(1, padding: 3));
        Assert.Equal([(1L, Text(1, padding: 3))], Visit(store));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void SequenceNumbersBelowOneAreRejected(long seqNum)
    {
        using IMessageStore store = CreateStore();

        Assert.Throws<ArgumentOutOfRangeException>(() => store.Store(seqNum, Message(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.SetNextSenderSeqNum(seqNum));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.SetNextTargetSeqNum(seqNum));
    }

    [Fact]
    public void AnEmptyMessageIsRejected()
    {
        using IMessageStore store = CreateStore();

        Assert.Throws<ArgumentException>(() => store.Store(1, ReadOnlySpan<byte>.Empty));
    }

    [Fact]
    public void StoringAndAdvancingTheSenderNumberDoNotAllocateAfterWarmUp()
    {
        using IMessageStore store = CreateStore();
        byte[] message = Message(123_456);

        long allocated = Allocations.Measure(
            () =>
            {
                store.Store(store.NextSenderSeqNum, message);
                store.IncrementNextSenderSeqNum();
                store.IncrementNextTargetSeqNum();
            },
            iterations: 2_000,
            warmup: 1_000);

        Assert.Equal(0, allocated);
        Assert.Equal(3_001, store.NextSenderSeqNum);
    }

    [Fact]
    public void VisitingARangeDoesNotAllocateAfterWarmUp()
    {
        using IMessageStore store = CreateStore();
        for (long seq = 1; seq <= 300; seq++)
        {
            store.Store(seq, Message(seq));
        }

        long bytes = 0;
        long allocated = Allocations.Measure(
            () =>
            {
                var visitor = default(CountingVisitor);
                store.VisitRange(1, 300, ref visitor);
                bytes += visitor.Bytes;
            },
            iterations: 50,
            warmup: 5);

        Assert.Equal(0, allocated);
        Assert.True(bytes > 0);
    }
}
