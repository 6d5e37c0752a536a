using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Codec;

public class GroupParsingTests
{
    private readonly FixParser _parser = new();

    private FixMessage Parse(string fields)
    {
        Assert.True(_parser.TryParse(FixMessageBuilder.Valid(fields), out FixMessage message));
        return message;
    }

    [Fact]
    public void MarketDataEntriesAreIteratedInOrderWithTheirOwnFields()
    {
        FixMessage m = Parse(FixFixtures.MarketDataIncremental(entries: 4));

        Assert.False(m.HasError);
        Assert.True(m.TryGetGroup(FixTag.NoMDEntries, out FixGroup entries));
        Assert.Equal(4, entries.Count);
        var prices = new List<Price>();
        foreach (FixGroupEntry entry in entries)
        {
            Assert.True(entry.TryGetPrice(FixTag.MDEntryPx, out Price px));
            Assert.True(entry.GetSpan(FixTag.Symbol).SequenceEqual("BTC-PERP"u8));
            prices.Add(px);
        }

        Assert.Equal([Price.Parse("43250.5", 1), Price.Parse("43252.5", 1), Price.Parse("43248.5", 1), Price.Parse("43254.5", 1)], prices);
        Assert.True(entries[2].TryGetChar(FixTag.MDUpdateAction, out char action) && action == '1');
        Assert.False(m.Contains(FixTag.MDEntryPx));
    }

    [Fact]
    public void GroupFieldsMayRepeatAcrossEntriesWithoutBeingDuplicates()
    {
        FixMessage m = Parse(FixFixtures.MarketDataRequest());

        Assert.False(m.HasError);
        Assert.True(m.TryGetGroup(FixTag.NoMDEntryTypes, out FixGroup types));
        Assert.True(m.TryGetGroup(FixTag.NoRelatedSym, out FixGroup symbols));
        Assert.Equal(2, types.Count);
        Assert.True(symbols[1].GetSpan(FixTag.Symbol).SequenceEqual("ETH-PERP"u8));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(1)]
    public void ACountThatDisagreesWithTheEntriesIsIncorrectNumInGroup(int declared)
    {
        string fields = FixFixtures.Header("W") + $"|55=BTC|268={declared}|269=0|270=1|271=1|269=1|270=2|271=1";

        FixMessage m = Parse(fields);

        Assert.Equal(new FixFieldError(SessionRejectReason.IncorrectNumInGroupCountForRepeatingGroup, 268), m.Error);
    }

    [Fact]
    public void AnEntryNotStartingWithTheDelimiterIsRepeatingGroupFieldsOutOfOrder()
    {
        FixMessage m = Parse(FixFixtures.Header("W") + "|55=BTC|268=1|270=1|269=0|271=1");

        Assert.Equal(new FixFieldError(SessionRejectReason.RepeatingGroupFieldsOutOfOrder, 270), m.Error);
    }

    [Fact]
    public void AFieldRepeatedInsideOneEntryIsReported()
    {
        FixMessage m = Parse(FixFixtures.Header("W") + "|55=BTC|268=1|269=0|270=1|270=2");

        Assert.Equal(new FixFieldError(SessionRejectReason.TagAppearsMoreThanOnce, 270), m.Error);
    }

    [Fact]
    public void AnAbsurdCountDoesNotReserveMemoryAndIsReported()
    {
        FixMessage m = Parse(FixFixtures.Header("W") + "|55=BTC|268=2000000000|269=0|270=1");

        Assert.Equal(new FixFieldError(SessionRejectReason.IncorrectNumInGroupCountForRepeatingGroup, 268), m.Error);
    }

    [Fact]
    public void ANonNumericCountIsIncorrectDataFormat()
    {
        FixMessage m = Parse(FixFixtures.Header("W") + "|55=BTC|268=x|269=0");

        Assert.Equal(new FixFieldError(SessionRejectReason.IncorrectDataFormatForValue, 268), m.Error);
    }

    [Fact]
    public void NestedGroupsAreReachedThroughTheirEntry()
    {
        string fields = FixFixtures.Header("X") + "|268=2|279=0|269=0|55=BTC|454=2|455=B1|456=8|455=B2|456=4|270=10|271=1" +
                        "|279=2|269=1|55=ETH|270=11|271=2";

        FixMessage m = Parse(fields);

        Assert.False(m.HasError, m.Error.ToString());
        Assert.True(m.TryGetGroup(FixTag.NoMDEntries, out FixGroup entries));
        Assert.Equal(2, entries.Count);
        FixGroupEntry first = entries[0];
        Assert.True(first.TryGetPrice(FixTag.MDEntryPx, out Price px) && px == new Price(10, 0));
        Assert.True(first.TryGetGroup(FixTag.NoSecurityAltID, out FixGroup alt));
        Assert.Equal(2, alt.Count);
        Assert.True(alt[1].GetSpan(FixTag.SecurityAltID).SequenceEqual("B2"u8));
        Assert.False(entries[1].TryGetGroup(FixTag.NoSecurityAltID, out _));
        var own = new List<int>();
        foreach (FixField f in first.Fields)
        {
            own.Add(f.Tag);
        }

        Assert.Equal([279, 269, 55, 454, 270, 271], own);
    }
}
