using LowLatency.Fix.Codec.Framing;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Codec;

public class FramerTests
{
    private static readonly byte[] Order = FixMessageBuilder.Valid(FixFixtures.NewOrderSingle());

    [Fact]
    public void AValidMessageIsFramedWhole()
    {
        FrameResult result = FixFramer.Frame(Order);

        Assert.Equal(FrameResult.Complete(Order.Length), result);
    }

    [Fact]
    public void EveryPrefixOfAValidMessageNeedsMoreDataAndConsumesNothing()
    {
        for (int length = 0; length < Order.Length; length++)
        {
            FrameResult result = FixFramer.Frame(Order.AsSpan(0, length));
            Assert.True(result == FrameResult.NeedMoreData, $"prefix of {length} bytes gave {result}");
            Assert.Equal(0, result.Length);
        }
    }

    [Fact]
    public void EveryMessageTypeFixtureFrames()
    {
        foreach ((string msgType, string fields) in FixFixtures.All)
        {
            byte[] message = FixMessageBuilder.Valid(fields);
            Assert.True(FixFramer.Frame(message) == FrameResult.Complete(message.Length), msgType);
        }
    }

    [Fact]
    public void ZeroPaddedBodyLengthAsJspurefixSendsItIsAccepted()
    {
        byte[] padded = new FixMessageBuilder { BodyLengthWidth = 7 }.Build(FixFixtures.NewOrderSingle());

        Assert.Contains("|9=0", FixText.ToReadable(padded), StringComparison.Ordinal);
        Assert.Equal(FrameResult.Complete(padded.Length), FixFramer.Frame(padded));
    }

    [Fact]
    public void TwoMessagesInOneBufferAreFramedOneAtATime()
    {
        byte[] heartbeat = FixMessageBuilder.Valid(FixFixtures.Heartbeat(2));
        byte[] both = [.. Order, .. heartbeat];

        FrameResult first = FixFramer.Frame(both);
        FrameResult second = FixFramer.Frame(both.AsSpan(first.Length));

        Assert.Equal(FrameResult.Complete(Order.Length), first);
        Assert.Equal(FrameResult.Complete(heartbeat.Length), second);
    }

    [Fact]
    public void AWrongCheckSumIsGarbledAndTheWholeFrameIsDropped()
    {
        byte[] bad = new FixMessageBuilder { CheckSumError = 1 }.Build(FixFixtures.NewOrderSingle());

        FrameResult result = FixFramer.Frame(bad);

        Assert.Equal(FrameResult.Garbled(bad.Length, GarbledReason.CheckSumMismatch), result);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(-10)]
    public void AWrongBodyLengthIsGarbledAndResynchronisesOnTheNextMessage(int error)
    {
        byte[] bad = new FixMessageBuilder { BodyLengthError = error }.Build(FixFixtures.NewOrderSingle());
        byte[] good = FixMessageBuilder.Valid(FixFixtures.Heartbeat(2));
        byte[] stream = [.. bad, .. good];

        FrameResult result = FixFramer.Frame(stream);

        Assert.Equal(FrameStatus.Garbled, result.Status);
        Assert.Equal(GarbledReason.BodyLengthMismatch, result.Reason);
        Assert.Equal(bad.Length, result.Length);
        Assert.Equal(FrameResult.Complete(good.Length), FixFramer.Frame(stream.AsSpan(result.Length)));
    }

    [Fact]
    public void GarbageBeforeAMessageIsSkippedUpToTheMessage()
    {
        byte[] stream = [.. FixText.ToBytes("noise 58=FIX in text|"), .. Order];

        FrameResult result = FixFramer.Frame(stream);

        Assert.Equal(FrameStatus.Garbled, result.Status);
        Assert.Equal(GarbledReason.BadBeginString, result.Reason);
        Assert.Equal(stream.Length - Order.Length, result.Length);
    }

    [Fact]
    public void GarbageEndingInAPossibleStartKeepsThoseBytes()
    {
        byte[] stream = FixText.ToBytes("xxxx8=F");

        FrameResult result = FixFramer.Frame(stream);

        Assert.Equal(FrameResult.Garbled(4, GarbledReason.BadBeginString), result);
    }

    [Theory]
    [InlineData("8=FIX.4.4|9=abc|35=0|10=000|", GarbledReason.BadBodyLength)]
    [InlineData("8=FIX.4.4|35=0|9=5|10=000|", GarbledReason.BadBodyLength)]
    [InlineData("8=FIX.4.4|9=|35=0|10=000|", GarbledReason.BadBodyLength)]
    [InlineData("8=FIX.4.4|9=5|35=0|10=0a0|", GarbledReason.BadCheckSumFormat)]
    [InlineData("8=FIX.4.4|9=1234567890|35=0|", GarbledReason.BadBodyLength)]
    [InlineData("8=FIX.4.4|9=999999|35=0|", GarbledReason.MessageTooLarge)]
    [InlineData("9=5|35=0|10=000|", GarbledReason.BadBeginString)]
    [InlineData("8=FIX.4.4.4.4.4.4.4.4.4.4|9=5|35=0|", GarbledReason.BadBeginString)]
    public void MalformedFramesAreGarbledWithTheReason(string readable, GarbledReason reason)
    {
        byte[] input = FixText.ToBytes(readable);

        FrameResult result = FixFramer.Frame(input);

        Assert.Equal(FrameStatus.Garbled, result.Status);
        Assert.Equal(reason, result.Reason);
        Assert.InRange(result.Length, 1, input.Length);
    }

    [Fact]
    public void ChecksumIsTheByteSumModulo256()
    {
        byte[] bytes = [.. Enumerable.Range(0, 1000).Select(i => (byte)(i * 7))];
        int expected = bytes.Sum(b => (int)b) % 256;

        for (int length = 0; length <= bytes.Length; length += 37)
        {
            Assert.Equal(bytes.Take(length).Sum(b => (int)b) % 256, FixChecksum.Compute(bytes.AsSpan(0, length)));
        }

        Assert.Equal(expected, FixChecksum.Compute(bytes));
    }
}
