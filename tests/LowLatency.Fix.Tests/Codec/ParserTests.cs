using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Codec;

public class ParserTests
{
    private readonly FixParser _parser = new();

    private FixMessage Parse(string fields, FixMessageBuilder? builder = null)
    {
        byte[] bytes = (builder ?? new FixMessageBuilder()).Build(fields);
        Assert.True(_parser.TryParse(bytes, out FixMessage message), FixText.ToReadable(bytes));
        return message;
    }

    [Fact]
    public void TypedAccessorsReadEveryFieldOfANewOrderSingle()
    {
        FixMessage m = Parse(FixFixtures.NewOrderSingle(seq: 42));

        Assert.True(m.IsMsgType("D"u8));
        Assert.Equal(42, m.MsgSeqNum);
        Assert.True(m.GetSpan(FixTag.ClOrdID).SequenceEqual("ORD-1"u8));
        Assert.True(m.TryGetChar(FixTag.Side, out char side) && side == '1');
        Assert.True(m.TryGetPrice(FixTag.Price, out Price price));
        Assert.Equal(new Price(432505, 1), price);
        Assert.Equal(1, price.Scale);
        Assert.True(m.TryGetPrice(FixTag.Price, 4, out Price scaled) && scaled.Mantissa == 432505000 && scaled.Scale == 4);
        Assert.True(m.TryGetQuantity(FixTag.OrderQty, out Quantity qty) && qty == new Quantity(25, 1));
        Assert.True(m.TryGetUtcTimestamp(FixTag.TransactTime, out long nanos));
        Assert.Equal(new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc), DateTime.UnixEpoch.AddTicks(nanos / 100));
        Assert.True(m.TryGetLong(FixTag.MsgSeqNum, out long seq) && seq == 42);
        Assert.False(m.HasError);
    }

    [Fact]
    public void MissingAndMalformedFieldsAreToldApart()
    {
        FixMessage m = Parse(FixFixtures.Header("D") + "|11=A|38=1x|54=12|141=Q");

        Assert.False(m.TryGetInt(FixTag.Price, out _));
        Assert.False(m.Contains(FixTag.Price));
        Assert.False(m.TryGetQuantity(FixTag.OrderQty, out _));
        Assert.True(m.Contains(FixTag.OrderQty));
        Assert.False(m.TryGetChar(FixTag.Side, out _));
        Assert.False(m.TryGetBool(FixTag.ResetSeqNumFlag, out _));
        Assert.True(m.GetSpan(FixTag.Price).IsEmpty);
    }

    [Fact]
    public void HeaderFieldsInAnyOrderAfterMsgTypeAreAccepted()
    {
        var jspurefixOrder = new FixMessageBuilder { HeaderOrder = [49, 56, 34, 52], BodyLengthWidth = 4 };

        FixMessage m = Parse(FixFixtures.NewOrderSingle(seq: 9), jspurefixOrder);

        Assert.False(m.HasError);
        Assert.Equal(9, m.MsgSeqNum);
        Assert.True(m.GetSpan(FixTag.SenderCompID).SequenceEqual("ENGINE"u8));
    }

    [Fact]
    public void ATagRepeatedOutsideAGroupIsReportedWithItsTag()
    {
        FixMessage m = Parse(FixFixtures.NewOrderSingle() + "|54=2");

        Assert.Equal(new FixFieldError(SessionRejectReason.TagAppearsMoreThanOnce, 54), m.Error);
        Assert.True(m.TryGetChar(FixTag.Side, out char first) && first == '1');
    }

    [Fact]
    public void MsgTypeNotThirdIsOutOfOrder()
    {
        FixMessage m = Parse("34=1|35=0|49=A|52=20260105-09:00:00|56=B");

        Assert.Equal(new FixFieldError(SessionRejectReason.TagSpecifiedOutOfRequiredOrder, 35), m.Error);
        Assert.Equal(1, m.MsgSeqNum);
    }

    [Fact]
    public void AHeaderFieldAfterTheBodyIsOutOfOrder()
    {
        FixMessage m = Parse("35=0|34=1|49=A|56=B|112=T|52=20260105-09:00:00");

        Assert.Equal(new FixFieldError(SessionRejectReason.TagSpecifiedOutOfRequiredOrder, 52), m.Error);
    }

    [Fact]
    public void AnEmptyValueIsTagWithoutValue()
    {
        FixMessage m = Parse(FixFixtures.Heartbeat() + "|112=");

        Assert.Equal(new FixFieldError(SessionRejectReason.TagSpecifiedWithoutAValue, 112), m.Error);
    }

    [Fact]
    public void ASohInsideAValueIsNonDataValueIncludesFieldDelimiter()
    {
        FixMessage m = Parse(FixFixtures.Logout() + "x|y");

        Assert.Equal(new FixFieldError(SessionRejectReason.NonDataValueIncludesFieldDelimiter, 58), m.Error);
    }

    [Theory]
    [InlineData("|abc=1", 0)]
    [InlineData("|0=1", 0)]
    public void ANonNumericOrZeroTagIsAnInvalidTagNumber(string extra, int refTag)
    {
        FixMessage m = Parse(FixFixtures.Heartbeat() + extra);

        Assert.Equal(new FixFieldError(SessionRejectReason.InvalidTagNumber, refTag), m.Error);
    }

    [Fact]
    public void ADataFieldMayContainSoh()
    {
        FixMessage m = Parse(FixFixtures.Logon() + "|95=5|96=a|b=c");

        Assert.False(m.HasError);
        Assert.Equal("a|b=c", FixText.ToReadable(m.GetSpan(FixTag.RawData)));
    }

    [Fact]
    public void TagsAbove1023AreIndexedToo()
    {
        FixMessage m = Parse(FixFixtures.Heartbeat() + "|5001=x|9999=y");

        Assert.True(m.GetSpan(5001).SequenceEqual("x"u8));
        Assert.True(m.GetSpan(9999).SequenceEqual("y"u8));
        Assert.False(m.Contains(5002));
    }

    [Fact]
    public void ARepeatedHighTagIsReported()
    {
        FixMessage m = Parse(FixFixtures.Heartbeat() + "|5001=x|5001=y");

        Assert.Equal(new FixFieldError(SessionRejectReason.TagAppearsMoreThanOnce, 5001), m.Error);
    }

    [Fact]
    public void TheIndexOfOneMessageDoesNotLeakIntoTheNext()
    {
        Parse(FixFixtures.NewOrderSingle());
        FixMessage heartbeat = Parse(FixFixtures.Heartbeat());

        Assert.False(heartbeat.Contains(FixTag.ClOrdID));
        Assert.False(heartbeat.HasError);
    }

    [Theory]
    [InlineData("35=0|34=1|10=000|")]
    [InlineData("")]
    public void BytesThatAreNotAFixMessageAreRefused(string readable)
    {
        Assert.False(_parser.TryParse(FixText.ToBytes(readable), out _));
    }

    [Fact]
    public void FieldsAreEnumeratedInWireOrder()
    {
        FixMessage m = Parse(FixFixtures.TestRequest());
        var tags = new List<int>();
        foreach (FixField field in m.Fields)
        {
            tags.Add(field.Tag);
        }

        Assert.Equal([8, 9, 35, 34, 49, 52, 56, 112, 10], tags);
    }
}
