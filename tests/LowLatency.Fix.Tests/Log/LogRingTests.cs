using System.Buffers.Binary;
using System.Text;
using LowLatency.Fix.Log;

namespace LowLatency.Fix.Tests.Log;

public class LogRingTests
{
    private struct Collector : ILogRecordHandler
    {
        public List<(LogRecordKind Kind, long Nanos, byte[] Payload)> Records;

        public void OnRecord(LogRecordKind kind, long utcEpochNanos, ReadOnlySpan<byte> payload) =>
            (Records ??= new()).Add((kind, utcEpochNanos, payload.ToArray()));
    }

    private static List<(LogRecordKind Kind, long Nanos, byte[] Payload)> DrainAll(LogRing ring)
    {
        var collector = new Collector { Records = new() };
        ring.Drain(ref collector, int.MaxValue);
        return collector.Records;
    }

    [Fact]
    public void RecordsComeOutInOrderWithKindTimestampAndExactBytes()
    {
        var ring = new LogRing(4096);

        Assert.True(ring.TryWrite(LogRecordKind.Incoming, 11, "abc"u8));
        Assert.True(ring.TryWrite(LogRecordKind.Outgoing, 22, "defgh"u8));
        Assert.True(ring.TryWriteUtf8(LogRecordKind.Event, 33, "Logon → ok"));
        var records = DrainAll(ring);

        Assert.Equal([LogRecordKind.Incoming, LogRecordKind.Outgoing, LogRecordKind.Event], records.Select(r => r.Kind));
        Assert.Equal([11L, 22L, 33L], records.Select(r => r.Nanos));
        Assert.Equal(["abc", "defgh", "Logon → ok"], records.Select(r => Encoding.UTF8.GetString(r.Payload)));
        Assert.True(ring.IsEmpty);
    }

    [Fact]
    public void RecordsOfEverySizeWrapAroundTheEndOfTheBufferIntact()
    {
        var ring = new LogRing(4096);
        var random = new Random(42);
        for (int round = 0; round < 2_000; round++)
        {
            byte[] payload = new byte[random.Next(0, 700)];
            random.NextBytes(payload);

            Assert.True(ring.TryWrite(LogRecordKind.Outgoing, round, payload));
            var record = Assert.Single(DrainAll(ring));

            Assert.Equal(round, record.Nanos);
            Assert.Equal(payload, record.Payload);
        }

        Assert.Equal(0, ring.Dropped);
    }

    [Fact]
    public void AFullRingDropsAndCountsInsteadOfBlocking()
    {
        var ring = new LogRing(4096);
        byte[] payload = new byte[100]; // 128-byte records: 32 fit

        int accepted = 0;
        for (int i = 0; i < 50; i++)
        {
            accepted += ring.TryWrite(LogRecordKind.Outgoing, i, payload) ? 1 : 0;
        }

        Assert.Equal(32, accepted);
        Assert.Equal(18, ring.Dropped);
        Assert.Equal(32, DrainAll(ring).Count);
        Assert.True(ring.TryWrite(LogRecordKind.Outgoing, 99, payload)); // space is reusable once drained
    }

    [Fact]
    public void APayloadThatCouldNeverFitIsDroppedAtOnce()
    {
        var ring = new LogRing(4096);

        Assert.False(ring.TryWrite(LogRecordKind.Outgoing, 1, new byte[ring.MaxPayload + 1]));
        Assert.True(ring.TryWrite(LogRecordKind.Outgoing, 2, new byte[ring.MaxPayload]));
        Assert.Equal(1, ring.Dropped);
    }

    [Fact]
    public void CapacityIsRoundedUpToAPowerOfTwoOfAtLeastFourKilobytes()
    {
        Assert.Equal(4096, new LogRing(10).Capacity);
        Assert.Equal(8192, new LogRing(5000).Capacity);
    }

    [Fact]
    public void ConcurrentProducersKeepTheirOwnOrderAndEveryRecordIsDeliveredOrCounted()
    {
        const int Producers = 4;
        const int PerProducer = 20_000;
        var ring = new LogRing(16 * 1024); // small: forces wrap-arounds and drops while the consumer runs
        using var start = new Barrier(Producers + 1);
        var threads = new Thread[Producers];
        for (int p = 0; p < Producers; p++)
        {
            int producer = p;
            threads[p] = new Thread(() =>
            {
                Span<byte> payload = stackalloc byte[16 + (producer * 8)];
                start.SignalAndWait(TestContext.Current.CancellationToken);
                for (int i = 0; i < PerProducer; i++)
                {
                    BinaryPrimitives.WriteInt32LittleEndian(payload, producer);
                    BinaryPrimitives.WriteInt32LittleEndian(payload[4..], i);
                    payload[8..].Fill((byte)(producer + i));
                    ring.TryWrite(LogRecordKind.Outgoing, i, payload);
                }
            });
            threads[p].Start();
        }

        start.SignalAndWait(TestContext.Current.CancellationToken);
        var collector = new Collector { Records = new() };
        while (threads.Any(t => t.IsAlive) || !ring.IsEmpty)
        {
            if (ring.Drain(ref collector, 1_000) == 0)
            {
                Thread.Yield();
            }
        }

        int[] last = Enumerable.Repeat(-1, Producers).ToArray();
        foreach (var (_, nanos, payload) in collector.Records)
        {
            int producer = BinaryPrimitives.ReadInt32LittleEndian(payload);
            int index = BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(4));
            Assert.Equal(16 + (producer * 8), payload.Length);
            Assert.True(index > last[producer], "a producer's records arrive in the order it wrote them");
            Assert.Equal(index, nanos);
            Assert.All(payload[8..], b => Assert.Equal((byte)(producer + index), b));
            last[producer] = index;
        }

        Assert.Equal(Producers * PerProducer, collector.Records.Count + ring.Dropped);
    }
}
