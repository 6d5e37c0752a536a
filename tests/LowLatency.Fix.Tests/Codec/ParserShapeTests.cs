using LowLatency.Core.FixedPoint;
using LowLatency.Fix.Codec.Reading;
using LowLatency.Fix.Messages;
using LowLatency.Fix.Messages.Application;
using LowLatency.Testing;
using LowLatency.Testing.Fix;

namespace LowLatency.Fix.Tests.Codec;

// Shapes (layouts seen before, matched instead of parsed) and entry templates, seen from outside: the view of a
// matched frame is this frame's, anything that departs from the layout is parsed in full and judged as usual.
public class ParserShapeTests
{
    private static byte[] Incremental(int entries, int seq = 1) =>
        FixMessageBuilder.Valid(FixFixtures.MarketDataIncremental(seq, entries));

    [Fact]
    public void ASecondMessageOfTheSameLayoutIsMatchedAndReadsItsOwnValues()
    {
        var parser = new FixParser();
        Assert.True(parser.TryParse(Incremental(10, seq: 7), out _));
        Assert.Equal(FixParser.ParsePath.Fast, parser.LastPath);

        // Same tags, other values of other lengths: every offset moves.
        string text = FixFixtures.MarketDataIncremental(seq: 123456, entries: 10).Replace(".25", ".125");
        Assert.True(parser.TryParse(FixMessageBuilder.Valid(text), out FixMessage m));
        Assert.Equal(FixParser.ParsePath.Shape, parser.LastPath);
        Assert.False(m.HasError);
        Assert.Equal(123456, m.MsgSeqNum);
        Assert.True(m.TryGetGroup(FixTag.NoMDEntries, out FixGroup group));
        Assert.Equal(10, group.Count);
        Assert.True(group[9].TryGetQuantity(FixTag.MDEntrySize, out Quantity size));
        Assert.Equal(new Quantity(10125, 3), size);
        Assert.Equal("BTC-PERP"u8.ToArray(), group[4].GetSpan(FixTag.Symbol).ToArray());
    }

    [Fact]
    public void AnotherGroupCountIsParsedInFullAndTheNewLayoutTakesTheSlotAfterTwoMisses()
    {
        var parser = new FixParser();
        parser.TryParse(Incremental(10), out _);
        parser.TryParse(Incremental(10), out _);
        Assert.Equal(FixParser.ParsePath.Shape, parser.LastPath);

        Assert.True(parser.TryParse(Incremental(3), out FixMessage three));
        Assert.Equal(FixParser.ParsePath.Fast, parser.LastPath);
        Assert.True(three.TryGetGroup(FixTag.NoMDEntries, out FixGroup group));
        Assert.Equal(3, group.Count);

        parser.TryParse(Incremental(3), out _); // second miss: this layout is recorded
        Assert.Equal(FixParser.ParsePath.Fast, parser.LastPath);
        parser.TryParse(Incremental(3), out _);
        Assert.Equal(FixParser.ParsePath.Shape, parser.LastPath);
        parser.TryParse(Incremental(10), out _);
        Assert.Equal(FixParser.ParsePath.Fast, parser.LastPath);
    }

    [Fact]
    public void AnEmptyValueInAKnownLayoutIsStillTagSpecifiedWithoutAValue()
    {
        var parser = new FixParser();
        parser.TryParse(Incremental(4), out _);
        string text = FixFixtures.MarketDataIncremental(entries: 4);
        int at = text.LastIndexOf("|270=", StringComparison.Ordinal) + 5;
        text = text[..at] + text[text.IndexOf('|', at)..];
        Assert.True(parser.TryParse(FixMessageBuilder.Valid(text), out FixMessage m));
        Assert.NotEqual(FixParser.ParsePath.Shape, parser.LastPath);
        Assert.Equal(new FixFieldError(SessionRejectReason.TagSpecifiedWithoutAValue, FixTag.MDEntryPx), m.Error);
    }

    [Fact]
    public void BytesAfterTheCheckSumOfAKnownLayoutAreStillGarbled()
    {
        var parser = new FixParser();
        byte[] frame = Incremental(4);
        parser.TryParse(frame, out _);
        Assert.False(parser.TryParse([.. frame, .. FixText.ToBytes("58=x|")], out _));
        Assert.True(parser.TryParse(frame, out _));
    }

    [Fact]
    public void InterleavedMessageTypesEachKeepTheirLayout()
    {
        var parser = new FixParser();
        byte[] report = FixMessageBuilder.Valid(FixFixtures.ExecutionReport());
        byte[] incremental = Incremental(10);
        for (int i = 0; i < 3; i++)
        {
            Assert.True(parser.TryParse(report, out FixMessage er));
            Assert.True(ExecutionReport.TryRead(er, out ExecutionReport read));
            Assert.Equal("ORD-1"u8.ToArray(), read.ClOrdId.ToArray());
            Assert.True(parser.TryParse(incremental, out FixMessage md));
            Assert.True(md.TryGetGroup(FixTag.NoMDEntries, out FixGroup group));
            Assert.Equal(10, group.Count);
            Assert.False(md.Contains(FixTag.ClOrdID));
            Assert.Equal(i == 0 ? FixParser.ParsePath.Fast : FixParser.ParsePath.Shape, parser.LastPath);
        }
    }

    [Fact]
    public void LaterEntriesThatDepartFromTheFirstPartWayAreJudgedByTheFullParser()
    {
        var parser = new FixParser { UseShapes = false };
        string entries = "|279=0|269=0|270=1|279=1|269=1|270=2|279=2|269=0|270=3|270=4";
        Assert.True(parser.TryParse(FixMessageBuilder.Valid(FixFixtures.Header("X") + "|262=MD|268=3" + entries), out FixMessage m));
        Assert.Equal(new FixFieldError(SessionRejectReason.TagAppearsMoreThanOnce, FixTag.MDEntryPx), m.Error);

        Assert.True(parser.TryParse(FixMessageBuilder.Valid(FixFixtures.Header("X") + "|262=MD|268=2" + entries[..^6]), out m));
        Assert.Equal(new FixFieldError(SessionRejectReason.IncorrectNumInGroupCountForRepeatingGroup, FixTag.NoMDEntries), m.Error);
    }

    [Fact]
    public void MatchingShapesAndTemplatesAllocatesNothing()
    {
        var parser = new FixParser();
        byte[][] frames = [Incremental(10), Incremental(2), FixMessageBuilder.Valid(FixFixtures.ExecutionReport()), Incremental(10), Incremental(7)];
        long sink = 0;
        long bytes = Allocations.Measure(() =>
        {
            foreach (byte[] frame in frames)
            {
                parser.TryParse(frame, out FixMessage m);
                sink += m.FieldCount + (int)parser.LastPath;
            }
        });

        Assert.Equal(0, bytes);
        Assert.True(sink > 0);
    }
}
