using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Framing;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Codec.Values;
using LowLatency.Fix.Codec.Writing;
using LowLatency.Fix.Messages;
using LowLatency.Testing;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Codec;

public class WriterTests
{
    private static readonly long Now = new FakeClock().UtcEpochNanoseconds() + 123_456_789;
    private readonly FixMessageEncoder _encoder = new("ENGINE", "VENUE1");
    private readonly byte[] _buffer = new byte[4096];

    [Fact]
    public void AnEncodedMessageIsByteForByteWhatTheReferenceBuilderMakes()
    {
        FixMessageWriter w = _encoder.Begin(_buffer, "D"u8, 7, Now);
        w.WriteString(FixTag.ClOrdID, "ORD-1"u8);
        w.WriteChar(FixTag.Side, '1');
        w.WriteQuantity(FixTag.OrderQty, new Quantity(25, 1));
        w.WritePrice(FixTag.Price, new Price(4325050, 2));
        w.WriteInt(FixTag.MaxFloor, -3);
        w.WriteBool(FixTag.ResetSeqNumFlag, true);
        Assert.True(w.TryFinish(out int length));

        string expected = FixText.ToReadable(FixMessageBuilder.Valid(
            "35=D|49=ENGINE|56=VENUE1|34=7|52=20260105-09:00:00.123|11=ORD-1|54=1|38=2.5|44=43250.50|111=-3|141=Y"));
        Assert.Equal(expected, FixText.ToReadable(_buffer.AsSpan(0, length)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    [InlineData(900)]
    [InlineData(5000)]
    public void BodyLengthAndCheckSumAreRightForAnyBodySize(int textLength)
    {
        byte[] big = new byte[8192];
        FixMessageWriter w2 = _encoder.Begin(big, "0"u8, 1, Now);
        if (textLength > 0)
        {
            w2.WriteString(FixTag.Text, new string('x', textLength).AsSpan());
        }

        Assert.True(w2.TryFinish(out int length));
        Assert.Equal(FrameResult.Complete(length), FixFramer.Frame(big.AsSpan(0, length)));
    }

    [Fact]
    public void ATooSmallBufferFailsWithoutThrowingOrWritingPastItsEnd()
    {
        byte[] buffer = new byte[80];
        FixMessageWriter w = _encoder.Begin(buffer.AsSpan(0, 60), "D"u8, 1, Now);
        w.WriteString(FixTag.ClOrdID, "A-VERY-LONG-CLIENT-ORDER-ID-THAT-DOES-NOT-FIT"u8);

        Assert.True(w.HasOverflowed);
        Assert.False(w.TryFinish(out _));
        Assert.All(buffer[60..], b => Assert.Equal(0, b));
    }

    [Fact]
    public void AFinishedMessageCannotBeFinishedTwice()
    {
        FixMessageWriter w = _encoder.Begin(_buffer, "0"u8, 1, Now);
        Assert.True(w.TryFinish(out _));
        w.WriteInt(FixTag.TestReqID, 1);

        Assert.False(w.TryFinish(out _));
    }

    [Theory]
    [InlineData(TimestampPrecision.Seconds, "20260105-09:00:00")]
    [InlineData(TimestampPrecision.Milliseconds, "20260105-09:00:00.123")]
    [InlineData(TimestampPrecision.Microseconds, "20260105-09:00:00.123456")]
    [InlineData(TimestampPrecision.Nanoseconds, "20260105-09:00:00.123456789")]
    public void SendingTimeUsesTheConfiguredPrecision(TimestampPrecision precision, string expected)
    {
        var encoder = new FixMessageEncoder("A", "B", precision);
        FixMessageWriter w = encoder.Begin(_buffer, "0"u8, 1, Now);
        Assert.True(w.TryFinish(out int length));

        Assert.Equal(expected, FixText.ValueOf(FixText.ToReadable(_buffer.AsSpan(0, length)), 52));
    }

    [Fact]
    public void AStoredMessageIsRewrittenForResendWithPossDupAndOrigSendingTime()
    {
        byte[] stored = FixMessageBuilder.Valid(FixFixtures.NewOrderSingle(seq: 5));
        long later = Now + 60_000_000_000;

        Assert.True(_encoder.TryRewriteForResend(stored, later, _buffer, out int length));

        var parser = new FixParser();
        Assert.Equal(FrameResult.Complete(length), FixFramer.Frame(_buffer.AsSpan(0, length)));
        Assert.True(parser.TryParse(_buffer.AsSpan(0, length), out FixMessage resent));
        Assert.False(resent.HasError);
        Assert.Equal(5, resent.MsgSeqNum);
        Assert.True(resent.TryGetBool(FixTag.PossDupFlag, out bool possDup) && possDup);
        Assert.Equal(FixFixtures.SendingTime, System.Text.Encoding.ASCII.GetString(resent.GetSpan(FixTag.OrigSendingTime)));
        Assert.Equal("20260105-09:01:00.123", System.Text.Encoding.ASCII.GetString(resent.GetSpan(FixTag.SendingTime)));
        Assert.True(resent.GetSpan(FixTag.ClOrdID).SequenceEqual("ORD-1"u8));
    }

    [Fact]
    public void ResendingAResentMessageKeepsTheFirstOrigSendingTime()
    {
        byte[] stored = FixMessageBuilder.Valid(FixFixtures.Header("0") + "|43=Y|122=20260101-00:00:00.000");

        Assert.True(_encoder.TryRewriteForResend(stored, Now, _buffer, out int length));

        string readable = FixText.ToReadable(_buffer.AsSpan(0, length));
        Assert.Equal("20260101-00:00:00.000", FixText.ValueOf(readable, 122));
        Assert.Single(readable.Split('|'), p => p.StartsWith("43=", StringComparison.Ordinal));
    }

    [Fact]
    public void GapFillIsBegunWithPossDupHeaderFields()
    {
        FixMessageWriter w = _encoder.BeginPossDup(_buffer, "4"u8, 3, Now, origSendingTimeNanos: Now);
        w.WriteBool(FixTag.GapFillFlag, true);
        w.WriteInt(FixTag.NewSeqNo, 10);
        Assert.True(w.TryFinish(out int length));

        var parser = new FixParser();
        Assert.True(parser.TryParse(_buffer.AsSpan(0, length), out FixMessage m));
        Assert.False(m.HasError);
        Assert.True(m.TryGetBool(FixTag.PossDupFlag, out bool dup) && dup);
        Assert.True(m.Contains(FixTag.OrigSendingTime));
    }
}
