using LowLatency.Core.Agents;
using LowLatency.Quant.Analytics.Runner;
using LowLatency.Quant.Analytics.Snapshots;
using LowLatency.Testing;

namespace LowLatency.Quant.Tests.Analytics.Runner;

public class SnapshotExchangeTests
{
    private static void Fill(RiskSnapshot snapshot, long sequence, int factors = 8)
    {
        snapshot.Reset(factors);
        for (int f = 0; f < factors; f++)
        {
            snapshot.SetFactor(f, sequence + 1, sequence, sequence);
        }

        snapshot.Sequence = sequence;
    }

    [Fact]
    public void NothingIsTakenBeforeAPublishAndTheLatestSnapshotWins()
    {
        var exchange = new SnapshotExchange(8, 0);
        Assert.False(exchange.TryTake(out _));
        for (long seq = 1; seq <= 3; seq++)
        {
            Fill(exchange.ProducerBuffer, seq);
            exchange.Publish();
        }

        Assert.True(exchange.TryTake(out var taken));
        Assert.Equal(3, taken!.Sequence);
        Assert.Equal(2, exchange.Overwritten);
        Assert.Equal(3, exchange.Published);
        Assert.False(exchange.TryTake(out _));
    }

    [Fact]
    public void TheProducerNeverWritesIntoTheSnapshotTheConsumerHolds()
    {
        var exchange = new SnapshotExchange(8, 0);
        Fill(exchange.ProducerBuffer, 1);
        exchange.Publish();
        Assert.True(exchange.TryTake(out var held));
        for (long seq = 2; seq < 10; seq++)
        {
            Assert.NotSame(held, exchange.ProducerBuffer);
            Fill(exchange.ProducerBuffer, seq);
            exchange.Publish();
        }

        Assert.Equal(1, held!.Sequence);
        Assert.Equal(2.0, held.Levels[7]);
    }

    [Fact]
    public void PublishingFromTheHotPathDoesNotAllocate()
    {
        var exchange = new SnapshotExchange(64, 16);
        var source = new RiskSnapshot(64, 16);
        Fill(source, 5, 64);
        long bytes = Allocations.Measure(() =>
        {
            exchange.Publish(source);
            exchange.TryTake(out _);
        });
        Assert.Equal(0, bytes);
    }

    [Fact]
    public void AConsumerThreadOnlyEverSeesWholeSnapshotsInIncreasingOrder()
    {
        const long last = 50_000;
        var exchange = new SnapshotExchange(32, 0);
        var ct = TestContext.Current.CancellationToken;
        var producer = new Thread(() =>
        {
            for (long seq = 1; seq <= last && !ct.IsCancellationRequested; seq++)
            {
                Fill(exchange.ProducerBuffer, seq, 32);
                exchange.Publish();
            }
        }) { IsBackground = true, Name = "test-producer" };
        producer.Start();

        long seen = 0;
        long takes = 0;
        var idle = BackoffIdleStrategy.Default;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (seen < last && DateTime.UtcNow < deadline && !ct.IsCancellationRequested)
        {
            if (!exchange.TryTake(out var snapshot))
            {
                idle.Idle(0);
                continue;
            }

            idle.Reset();
            takes++;
            long seq = snapshot!.Sequence;
            Assert.True(seq > seen, $"sequence went from {seen} to {seq}");
            for (int f = 0; f < 32; f++)
            {
                // A torn snapshot would mix two sequences' values.
                Assert.Equal(seq + 1, snapshot.Levels[f]);
                Assert.Equal(seq, snapshot.LinearExposures[f]);
            }

            seen = seq;
        }

        Assert.True(producer.Join(TimeSpan.FromSeconds(30)));
        Assert.Equal(last, seen);
        Assert.Equal(last, exchange.Published);
        Assert.True(takes + exchange.Overwritten >= last, "every publish is either taken or overwritten");
    }
}
