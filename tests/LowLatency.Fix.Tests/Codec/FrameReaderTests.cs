using System.Buffers;
using LowLatency.Fix.Codec.Framing;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Codec;

public class FrameReaderTests
{
    private static readonly byte[] Order = FixMessageBuilder.Valid(FixFixtures.NewOrderSingle());
    private static readonly byte[] Heartbeat = FixMessageBuilder.Valid(FixFixtures.Heartbeat(2));

    [Fact]
    public void AMessageSplitAtEveryByteIsReadWholeAndIdentical()
    {
        var reader = new FixFrameReader();
        for (int split = 1; split < Order.Length; split++)
        {
            var sequence = new SequenceReader<byte>(SegmentedSequence.Create(Order, split));
            FrameResult result = reader.TryRead(ref sequence, out ReadOnlySpan<byte> frame);

            Assert.True(result == FrameResult.Complete(Order.Length), $"split at {split}: {result}");
            Assert.True(frame.SequenceEqual(Order), $"split at {split}");
            Assert.Equal(Order.Length, sequence.Consumed);
        }
    }

    [Fact]
    public void AMessageInOneByteSegmentsIsReadWhole()
    {
        var reader = new FixFrameReader();
        var sequence = new SequenceReader<byte>(SegmentedSequence.Create(Order, [.. Enumerable.Range(1, Order.Length)]));

        FrameResult result = reader.TryRead(ref sequence, out ReadOnlySpan<byte> frame);

        Assert.Equal(FrameResult.Complete(Order.Length), result);
        Assert.True(frame.SequenceEqual(Order));
    }

    [Fact]
    public void EveryPrefixAcrossSegmentsNeedsMoreDataAndConsumesNothing()
    {
        var reader = new FixFrameReader();
        for (int length = 0; length < Order.Length; length++)
        {
            byte[] prefix = Order[..length];
            var sequence = new SequenceReader<byte>(SegmentedSequence.Create(prefix, length / 3, (2 * length) / 3));

            FrameResult result = reader.TryRead(ref sequence, out _);

            Assert.Equal(FrameResult.NeedMoreData, result);
            Assert.Equal(0, sequence.Consumed);
        }
    }

    [Fact]
    public void MessagesFollowingEachOtherAcrossSegmentsAreReadInOrder()
    {
        byte[] stream = [.. Order, .. Heartbeat, .. Order];
        var reader = new FixFrameReader();
        for (int split = 1; split < stream.Length; split += 5)
        {
            var sequence = new SequenceReader<byte>(SegmentedSequence.Create(stream, split, split + 17));
            var lengths = new List<int>();
            while (reader.TryRead(ref sequence, out ReadOnlySpan<byte> frame).Status == FrameStatus.Complete)
            {
                lengths.Add(frame.Length);
            }

            Assert.Equal([Order.Length, Heartbeat.Length, Order.Length], lengths);
            Assert.Equal(0, sequence.Remaining);
        }
    }

    [Fact]
    public void AGarbledMessageAcrossSegmentsIsDiscardedAndTheNextOneRead()
    {
        byte[] bad = new FixMessageBuilder { CheckSumError = 3 }.Build(FixFixtures.NewOrderSingle());
        byte[] stream = [.. bad, .. Heartbeat];
        var reader = new FixFrameReader();
        var sequence = new SequenceReader<byte>(SegmentedSequence.Create(stream, 10, 50, bad.Length + 3));

        FrameResult first = reader.TryRead(ref sequence, out _);
        FrameResult second = reader.TryRead(ref sequence, out ReadOnlySpan<byte> frame);

        Assert.Equal(FrameResult.Garbled(bad.Length, GarbledReason.CheckSumMismatch), first);
        Assert.Equal(FrameResult.Complete(Heartbeat.Length), second);
        Assert.True(frame.SequenceEqual(Heartbeat));
    }
}
