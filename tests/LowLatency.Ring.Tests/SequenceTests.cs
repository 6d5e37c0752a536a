namespace LowLatency.Ring.Tests;

public class SequenceTests
{
    [Fact]
    public void ANewSequenceStartsBeforeTheFirstEvent() => Assert.Equal(-1, new Sequence().Value);

    [Fact]
    public void ASequenceOccupiesAtLeastTwoFullAdjacentLinePairs()
    {
        // 256 bytes of fields (value at 128) + object header: measured as allocated bytes, which is what
        // the GC lays out next to its neighbours.
        _ = new Sequence(); // warm the type
        long before = GC.GetAllocatedBytesForCurrentThread();
        var s = new Sequence(5);
        long size = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(s);
        Assert.True(size >= 256, $"a Sequence allocated only {size} bytes");
    }

    [Fact]
    public void TheSingleProducersPrivateCountersArePaddedOnBothSides() =>
        Assert.True(System.Runtime.CompilerServices.Unsafe.SizeOf<LowLatency.Ring.Sequencers.PaddedClaimState>() >= 128 + 16 + 128);

    [Fact]
    public void CompareAndSetOnlySucceedsFromTheExpectedValue()
    {
        var s = new Sequence(10);
        Assert.False(s.CompareAndSet(9, 20));
        Assert.Equal(10, s.Value);
        Assert.True(s.CompareAndSet(10, 20));
        Assert.Equal(20, s.Value);
    }

    [Fact]
    public void AtomicAddsFromManyThreadsAreNotLost()
    {
        var s = new Sequence(0);
        var threads = new Thread[4];
        for (int t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(() =>
            {
                for (int i = 0; i < 100_000; i++)
                {
                    s.IncrementAndGet();
                }
            });
            threads[t].Start();
        }

        foreach (var t in threads)
        {
            Assert.True(t.Join(TimeSpan.FromSeconds(30)));
        }

        Assert.Equal(400_000, s.Value);
        Assert.Equal(400_010, s.AddAndGet(10));
    }
}
