using System.Text;
using LowLatency.Core.FixedPoint;
using LowLatency.Core.Ids;
using LowLatency.Venue.Matching;

namespace LowLatency.Venue.Tests.Matching;

public class ValueTypeTests
{
    [Fact]
    public void AClientOrderIdRoundTripsItsWireBytesUpToTheMaximumLength()
    {
        byte[] longest = Encoding.ASCII.GetBytes(new string('Z', ClientOrderId.MaxLength));
        Assert.True(ClientOrderId.TryCreate(longest, out ClientOrderId id));
        var buffer = new byte[40];

        Assert.True(id.TryCopyTo(buffer, out int written));

        Assert.Equal(longest, buffer[..written]);
        Assert.False(id.TryCopyTo(new byte[31], out _));
    }

    [Fact]
    public void AClientOrderIdRefusesEmptyAndOverlongInput()
    {
        Assert.False(ClientOrderId.TryCreate([], out _));
        Assert.False(ClientOrderId.TryCreate(new byte[ClientOrderId.MaxLength + 1], out _));
        Assert.Throws<ArgumentException>(() => ClientOrderId.Parse(new string('x', 33)));
    }

    [Fact]
    public void ClientOrderIdsCompareByContentAndLength()
    {
        Assert.Equal(ClientOrderId.Parse("123"), ClientOrderId.FromNumber(123));
        Assert.NotEqual(ClientOrderId.Parse("12"), ClientOrderId.Parse("12\0"));
        Assert.NotEqual(ClientOrderId.Parse("abcdefgh1"), ClientOrderId.Parse("abcdefgh2"));
        Assert.Equal(ClientOrderId.Parse("x").Hash64(), ClientOrderId.Parse("x").Hash64());
        Assert.Equal("-42", ClientOrderId.FromNumber(-42).ToString());
        Assert.True(default(ClientOrderId).IsEmpty);
    }

    [Fact]
    public void TheSymbolIndexFindsInstrumentsByWireBytesAndRefusesUnknownOnes()
    {
        var index = new SymbolIndex([("BTC-USD", new InstrumentId(3)), ("ETH-USD", new InstrumentId(5)), ("E", new InstrumentId(9))]);

        Assert.True(index.TryGetInstrument("ETH-USD"u8, out InstrumentId eth));
        Assert.Equal(new InstrumentId(5), eth);
        Assert.True(index.TryGetInstrument("E", out InstrumentId e));
        Assert.Equal(new InstrumentId(9), e);
        Assert.False(index.TryGetInstrument("ETH-US"u8, out _));
        Assert.False(index.TryGetInstrument(""u8, out _));
        Assert.True(index.TryGetSymbol(new InstrumentId(3), out byte[]? symbol));
        Assert.Equal("BTC-USD"u8.ToArray(), symbol);
        Assert.Throws<ArgumentException>(() => new SymbolIndex([("A", new InstrumentId(0)), ("A", new InstrumentId(1))]));
    }

    [Theory]
    [InlineData(10_000, 1, 1, 2, "100.000000")]
    [InlineData(20_001, 2, 1, 2, "100.005000")]
    [InlineData(2, 3, 1, 0, "0.6667")]
    [InlineData(1, 3, 5, 1, "0.16667")]
    [InlineData(0, 0, 1, 2, "0.000000")]
    public void AveragePriceIsNotionalOverQuantityRoundedHalfUpAtFourExtraDecimals(long notionalTicksLots, long lots, long tick, int scale, string expected)
    {
        Price average = AveragePriceMath.Compute(notionalTicksLots, lots, tick, scale);

        Assert.Equal(expected, average.ToString());
    }

    [Fact]
    public void AveragePriceDropsExtraDecimalsRatherThanOverflow()
    {
        Price average = AveragePriceMath.Compute(3, 2, 1_000_000_000_000_000_000, 17);

        Assert.Equal(Price.Parse("15", 0), average);
    }
}

public class MatchingTextTests
{
    [Fact]
    public void EveryRejectAndCancelReasonHasATextForTag58()
    {
        Assert.All(Enum.GetValues<OrderRejectReason>().Where(r => r != OrderRejectReason.None), r => Assert.False(MatchingText.Describe(r).IsEmpty, r.ToString()));
        Assert.All(Enum.GetValues<CancelRejectReason>().Where(r => r != CancelRejectReason.None), r => Assert.False(MatchingText.Describe(r).IsEmpty, r.ToString()));
        Assert.All(Enum.GetValues<CancelReason>().Where(r => r != CancelReason.None), r => Assert.False(MatchingText.Describe(r).IsEmpty, r.ToString()));
        Assert.All(Enum.GetValues<CancelReason>(), r => Assert.DoesNotContain((byte)1, MatchingText.Describe(r).ToArray()));
    }
}
